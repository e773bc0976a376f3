using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class QueryAnalyzerTests
{
    private readonly CommitteeRecognizer _committees = new(["Children and Young People Scrutiny Committee", "Adults and Health Select Committee"]);

    [Fact]
    public void Analyze_Question_DropsStopWordsDatesAndCommitteeFromContent()
    {
        var sut = QueryAnalyzer.Analyze("what time does the 15 Jan CYP scrutiny meeting start?", _committees);

        Assert.Equal("Children and Young People Scrutiny Committee", sut.Committee);
        Assert.DoesNotContain(sut.ContentStems, s => s is "time" or "start");
        Assert.DoesNotContain("jan", sut.ContentStems);
        Assert.DoesNotContain("cyp", sut.SearchTerms);
        Assert.DoesNotContain("what", sut.SearchTerms);
        Assert.True(sut.Has(QuestionIntent.StartTime));
    }

    [Theory]
    [InlineData("when were they told they hadn't made it onto the programme?", "hadn't")]
    [InlineData("why won't the county fund the programme?", "won't")]
    [InlineData("why couldn’t the programme go ahead?", "couldn't")]
    [InlineData("which cttee saw the programme after the board itself?", "itself")]
    [InlineData("how many people who'd lose out from the programme?", "who'd")]
    [InlineData("when they'll start the programme?", "they'll")]
    [InlineData("following the 2022 inspection, when was the programme due?", "following")]
    public void Analyze_NegatedOrContractedAuxiliaryOrPreposition_IsNotAKeyWord(string question, string auxiliary)
    {
        var sut = QueryAnalyzer.Analyze(question, _committees);

        Assert.DoesNotContain(sut.SearchTerms, t => t.Replace('\u2019', '\'') == auxiliary || t == "onto");
        Assert.Contains("programme", sut.SearchTerms);
    }

    [Theory]
    [InlineData("which Ofsted monitoring visits had been carried out by January 2024?")]
    [InlineData("what inspections were undertaken last year?")]
    [InlineData("which reviews took place in 2023?")]
    [InlineData("what is the committee asked to do with the improvement paper?")]
    public void Analyze_LightVerbOrTheWordPaper_IsNotAKeyWord(string question)
    {
        var sut = QueryAnalyzer.Analyze(question, _committees);

        Assert.DoesNotContain(sut.SearchTerms, t => t is "carried" or "undertaken" or "took" or "paper");
        Assert.NotEmpty(sut.ContentStems);
    }

    [Theory]
    [InlineData("quick q - what time does budget full council kick off and when's it meant to wrap up?", "budget")]
    [InlineData("what time did the fostering panel finish?", "foster")]
    public void Analyze_MeetingTimeQuestion_KeepsTheTopicButNotTheWordsForStartingAndEnding(string question, string topic)
    {
        var sut = QueryAnalyzer.Analyze(question, _committees);

        Assert.True(sut.Has(QuestionIntent.StartTime) || sut.Has(QuestionIntent.EndTime));
        Assert.Contains(sut.ContentStems, s => s.StartsWith(topic, StringComparison.Ordinal));
        Assert.DoesNotContain(sut.ContentStems, s => s is "time" or "kick" or "wrap" or "finish");
        Assert.DoesNotContain(sut.SearchTerms, t => t is "time" or "kick" or "wrap" or "finish");
    }

    [Fact]
    public void Analyze_WhoTurnedUp_AsksForAttendanceWithoutTheChatVerb()
    {
        var sut = QueryAnalyzer.Analyze("who turned up to the December 2022 partnership board?", _committees);

        Assert.True(sut.Has(QuestionIntent.Attendance));
        Assert.DoesNotContain(sut.ContentStems, s => s.StartsWith("turn", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("which police officer sent apologies to the November meeting?", "sent")]
    [InlineData("did the police officer give their apologies?", "give")]
    public void Analyze_ApologiesGiven_KeepsWhoGaveThemButNotTheVerb(string question, string verb)
    {
        var sut = QueryAnalyzer.Analyze(question, _committees);

        Assert.True(sut.Has(QuestionIntent.Apologies));
        Assert.Contains(TextTerms.Stem("police"), sut.ContentStems);
        Assert.DoesNotContain(TextTerms.Stem(verb), sut.ContentStems);
        Assert.DoesNotContain(verb, sut.SearchTerms);
    }

    [Fact]
    public void Analyze_SchoolAttendance_KeepsAttendanceAsTheSubject()
    {
        var sut = QueryAnalyzer.Analyze("what was school attendance in the autumn term?", _committees);

        Assert.Contains(sut.ContentStems, s => s.StartsWith("attend", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_CapitalisedName_BecomesAPhrase()
    {
        var sut = QueryAnalyzer.Analyze("what did we ask to be circulated about Harlow Academy?", _committees);

        Assert.Contains("Harlow Academy", sut.Phrases);
    }

    [Fact]
    public void Analyze_QuotedText_BecomesAPhrase()
    {
        var sut = QueryAnalyzer.Analyze("which outcome got the lowest \"very important\" score?", _committees);

        Assert.Contains("very important", sut.Phrases);
    }

    [Theory]
    [InlineData("when did we send ofsted our action plan?", false)]
    [InlineData("did they send the letter to the Police?", false)]
    [InlineData("what date did the LA send its action plan to Ofsted?", false)]
    [InlineData("what SEND support is there in early years?", true)]
    [InlineData("what did the send inspection find?", true)]
    public void Analyze_SendAfterAPronounOrModal_IsTheVerbNotSend(string question, bool keyWord)
    {
        var sut = QueryAnalyzer.Analyze(question, _committees);

        Assert.Equal(keyWord, sut.ContentStems.Contains("send"));
    }

    [Theory]
    [InlineData("when did we send ofsted our action plan?", true)] // the verb, read as papers write it: "submitted"
    [InlineData("what SEND support is there in early years?", false)]
    public void Analyze_SendAsAVerb_IsReadAsSentWhichPapersWriteAsSubmitted(string question, bool sent)
    {
        var sut = QueryAnalyzer.Analyze(question, _committees);
        var submitted = CoverageCalculator.Stems("The local authority submitted it on 12 December 2022.");

        Assert.Equal(sent, sut.ContentStems.Any(s => CoverageCalculator.Coverage(new Dictionary<string, double> { [s] = 1.0 }, submitted) > 0));
    }

    [Theory]
    [InlineData("when and where is this years (11th) armed forces covenant conference?", true)]
    [InlineData("what did the 3rd report say about the conference?", true)]
    [InlineData("what was agreed on the 11th about the conference?", false)]
    [InlineData("what was agreed on 11th March about the conference?", false)]
    public void Analyze_Ordinal_IsADayOnlyWhereItDatesSomething(string question, bool keyWord)
    {
        var sut = QueryAnalyzer.Analyze(question, _committees);

        Assert.Equal(keyWord, sut.ContentStems.Any(s => s is "11th" or "3rd"));
    }

    [Theory]
    [InlineData("whats the exact date of the board meeting?", "exact")]
    [InlineData("roughly how much budget moves to adult social care?", "rough")]
    [InlineData("the tracker says the police gave a small share", "say")]
    public void Analyze_HowPreciseOrWhoSaysIt_IsNotAKeyWord(string question, string stemStart) =>
        Assert.DoesNotContain(QueryAnalyzer.Analyze(question, _committees).ContentStems, s => s.StartsWith(stemStart, StringComparison.Ordinal));

    [Fact]
    public void Analyze_Hedge_IsNotAKeyWord()
    {
        var sut = QueryAnalyzer.Analyze("when did Ofsted actually do the local area inspection?", _committees);

        Assert.DoesNotContain("actual", sut.ContentStems);
        Assert.DoesNotContain("actually", sut.SearchTerms);
    }

    [Fact]
    public void Analyze_ApostrophesInsideWords_AreNotQuotationMarks() =>
        Assert.Empty(QueryAnalyzer.Analyze("who's the report author on the Jan 2024 children's services update?", _committees).Phrases);

    [Fact]
    public void Analyze_QuotedWords_AreAPhrase() =>
        Assert.Contains("Routes In", QueryAnalyzer.Analyze("what did the 'Routes In' test at the MASH involve?", _committees).Phrases);
}
