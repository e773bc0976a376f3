using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class CommitteeRecognizerTests
{
    private const string Cyp = "Children and Young People Scrutiny Committee";
    private const string Board = "Health and Wellbeing Partnership Board";
    private const string Adults = "Adults and Health Select Committee";

    private readonly CommitteeRecognizer _sut = new([Cyp, Board, Adults]);

    [Theory]
    [InlineData("what time does the CYP scrutiny meeting start?", Cyp)]
    [InlineData("when is the next A&H select committee?", Adults)]
    [InlineData("who chaired the partnership board in June?", Board)]
    [InlineData("what did the select committee resolve?", Adults)]
    [InlineData("children and young people scrutiny minutes", Cyp)]
    public void Match_QuestionNamingACommittee_ReturnsIt(string question, string expected)
    {
        Assert.Equal(expected, _sut.Match(question)?.Name);
    }

    [Theory]
    [InlineData("what did the committee ask about alternative education?")]
    [InlineData("what is scrutiny being asked to do with the annual report?")]
    [InlineData("how much have safeguarding concerns gone up?")]
    public void Match_QuestionNamingNoCommitteeClearly_ReturnsNull(string question)
    {
        Assert.Null(_sut.Match(question));
    }

    [Fact]
    public void Match_PossessiveOfAnotherBody_IsNoWordOfACommitteesName()
    {
        var sut = new CommitteeRecognizer(["Children's Partnership Board", "Children and Young People's Scrutiny Committee", Cyp]);

        Assert.Null(sut.Match("what share of the safeguarding partnership's funding comes from the police?"));
    }

    [Fact]
    public void Match_Acronym_ReportsTheAcronymUsed()
    {
        Assert.Equal("cyp", _sut.Match("CYP minutes")?.Acronym);
    }

    [Fact]
    public void Match_NoKnownCommittees_ReturnsNull()
    {
        Assert.Null(new CommitteeRecognizer([]).Match("CYP minutes"));
    }

    [Theory]
    [InlineData("what did Cabinet decide about devolution in January?", "Cabinet")]
    [InlineData("what did full council agree on the budget?", "County Council")]
    [InlineData("what did the Governance and Audit committee note?", "Governance and Audit Committee")]
    [InlineData("what did the children's, young people and education cabinet committee discuss?", "Children's, Young People and Education Cabinet Committee")]
    public void Match_WholeOrShortName_ReturnsIt(string question, string expected)
    {
        var sut = new CommitteeRecognizer(["Cabinet", "Children's, Young People and Education Cabinet Committee", "County Council", "Governance and Audit Committee", "Tonbridge and Malling Borough Council"]);

        Assert.Equal(expected, sut.Match(question)?.Name);
    }

    [Fact]
    public void Match_LinkWordOfALongerName_DoesNotTieItWithTheNameAsked()
    {
        var sut = new CommitteeRecognizer(["Cabinet", "County Council", "Director of Infrastructure, in consultation with the Deputy Leader and Cabinet"]);

        Assert.Equal("Cabinet", sut.Match("what did Cabinet decide about devolution in January?")?.Name);
    }

    [Fact]
    public void Match_FullCouncilWithTwoCouncilMeetings_ReturnsNull()
    {
        var sut = new CommitteeRecognizer(["City Council", "County Council"]);

        Assert.Null(sut.Match("what did full council decide?"));
    }
}
