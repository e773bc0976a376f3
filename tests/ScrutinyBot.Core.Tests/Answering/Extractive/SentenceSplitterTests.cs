using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_Sentences_SplitsAtFullStopsButNotTitles()
    {
        var sut = SentenceSplitter.Split("Cllr. Smith chaired the meeting. The budget was noted. Members asked questions.");

        Assert.Equal(["Cllr. Smith chaired the meeting.", "The budget was noted.", "Members asked questions."], sut);
    }

    [Theory]
    [InlineData("The workforce is made up of circa. 70 FTE in two teams. It moves in April.")]
    [InlineData("The workforce is made up of c. 70 FTE in two teams. It moves in April.")]
    public void Split_ApproximationBeforeAFigure_DoesNotEndTheSentence(string text)
    {
        var sut = SentenceSplitter.Split(text);

        Assert.Equal(2, sut.Count);
        Assert.EndsWith("70 FTE in two teams.", sut[0]);
    }

    [Fact]
    public void Split_HeadingLine_TravelsWithTheLineAfterIt()
    {
        var sut = SentenceSplitter.Split("Absent\n\nCouncillor Maria Jones Councillor Sam Lee and several others who sent their apologies.");

        Assert.StartsWith("Absent - Councillor Maria Jones", sut[0]);
    }

    [Fact]
    public void Split_VeryLongRun_IsCutIntoWindows()
    {
        var sut = SentenceSplitter.Split(string.Join(" ", Enumerable.Repeat("cell", 400)));

        Assert.True(sut.Count > 1);
        Assert.All(sut, u => Assert.True(u.Length <= 420));
    }

    [Fact]
    public void Split_HeadingBlockBeforeALongSentence_IsCutWhereTheyMeet()
    {
        const string sentence = "Allocate up to £75k from the money earmarked for general reserves to fund a comprehensive feasibility study into cost effective ways of providing home to school transport by exploring (among other things) in-house options and practices used outside of the UK.";
        var form = "Budget Amendment Form\n\nAmendment Home to School Transport – Feasibility Amendment\nName: Study Number: 2\nDirectorate: Children, Young People & Education\n"
            + "Proposer: Mark Hood Seconder: Barry Lewis\n\nProposed Purpose:\n\n" + sentence[..117] + "\n" + sentence[118..];

        var sut = SentenceSplitter.Split(form);

        Assert.Contains(sentence, sut);
        Assert.StartsWith("Budget Amendment Form - Amendment Home to School Transport", sut[0]);
    }

    [Fact]
    public void Split_SentenceBrokenAcrossLines_JoinsItWithASpace()
    {
        var sut = SentenceSplitter.Split("The main cause of the overspend is in pension\n\nenhancements. The CPI rate is 5.3%.");

        Assert.Equal("The main cause of the overspend is in pension enhancements.", sut[0]);
    }

    [Fact]
    public void Split_LineWrappedBeforeACapital_CarriesTheSentenceOn()
    {
        const string minutes = "risks, risk reductions and revised risks as set out in the report. The Corporate\n" +
            "Risk Register was due to be presented to the Governance and Audit\n" +
            "Committee on 23rd January 2025 and then through the Cabinet Committees\n" +
            "during the Spring cycle.";

        var sut = SentenceSplitter.Split(minutes);

        Assert.Contains("The Corporate Risk Register was due to be presented to the Governance and Audit Committee on 23rd January 2025 and then through the Cabinet Committees during the Spring cycle.", sut);
    }

    [Fact]
    public void Split_WideHeadingBeforeABlankLine_StaysItsOwnUnit()
    {
        const string workProgramme = "Children and Young People Scrutiny Committee 2024/25 Work Programme\n\n" +
            "Chair: Councillor Naim Salim\n\nVice Chair: Councillor Michael Savage\n\n" +
            "The committee meets on a Wednesday at 9.30am in the Council House, Old Market Square.";

        var sut = SentenceSplitter.Split(workProgramme);

        Assert.Equal("Children and Young People Scrutiny Committee 2024/25 Work Programme", sut[0]);
        Assert.StartsWith("Chair: Councillor Naim Salim - Vice Chair: Councillor Michael Savage", sut[1]);
    }

    [Fact]
    public void Split_NewItemAfterAWrappedLine_StartsItsOwnUnit()
    {
        const string resolutions = "That the Cabinet Member be asked to consider the following recommendations from\n" +
            "the committee, with a response due within two months of this meeting\n" +
            "b) That a further update be brought to the committee in the new year.";

        var sut = SentenceSplitter.Split(resolutions);

        Assert.Equal(2, sut.Count);
        Assert.StartsWith("b) That a further update", sut[1]);
    }

    [Theory]
    [InlineData("£3,335 for the charity.")]
    [InlineData("raised £3,335 for the charity.")]
    public void Split_ColumnLineEndingOnALowerCaseWordBeforeABlankLine_CarriesTheSentenceOn(string rest)
    {
        var report = "Our annual conference was held at the county showground in the summer with displays.\n\n" +
            "Sleep Out On the night of 21 March 2024, a group of staff slept out at\n\n" +
            "the WW1 Trenches at Detling Hill, to support the Great Tommy Sleep Out and\n\n" + rest + "\n\nWelfare Support";

        var sut = SentenceSplitter.Split(report);

        Assert.Contains(sut, u => u.StartsWith("Sleep Out On the night", StringComparison.Ordinal) && u.EndsWith("for the charity.", StringComparison.Ordinal));
    }

    [Fact]
    public void Split_TableRowsEndingOnAWordBeforeCapitalisedRows_StayApart()
    {
        const string table = "Public Health Dan Watkins Temporary funding for the mental health programme and\n\n" +
            "Drawdowns from reserves Public Health Dan Watkins Children's Health programme one-off\n\n" +
            "Adult Social Care Dan Watkins Older people's services pressure from demography";

        var sut = SentenceSplitter.Split(table);

        Assert.Equal(3, sut.Count);
    }
}
