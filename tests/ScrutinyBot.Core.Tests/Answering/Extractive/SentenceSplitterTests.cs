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
    public void Split_SentenceBrokenAcrossLines_JoinsItWithASpace()
    {
        var sut = SentenceSplitter.Split("The main cause of the overspend is in pension\n\nenhancements. The CPI rate is 5.3%.");

        Assert.Equal("The main cause of the overspend is in pension enhancements.", sut[0]);
    }
}
