using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Retrieval.Spelling;

namespace ScrutinyBot.Core.Tests.Retrieval.Spelling;

public sealed class QuestionSpellingTests
{
    private static readonly IndexedTerms Terms = new(new Dictionary<string, int>
    {
        ["visit"] = 40, ["vest"] = 2, ["monitor"] = 30, ["budget"] = 25, ["nottingham"] = 50, ["rare"] = 1, ["ref"] = 20,
        ["nottinghamshir"] = 30, ["demobilis"] = 5, ["warwickshir"] = 4, ["staffordshir"] = 3, ["hertfordshir"] = 1,
    });

    [Theory]
    [InlineData("notts", "nottinghamshire")]
    [InlineData("warks", "warwickshire")] // the letters in order, not only a prefix
    [InlineData("staffs", "staffordshire")]
    public void County_ShortFormOfAnIndexedCounty_GivesTheCounty(string shortForm, string expected) =>
        Assert.Equal(expected, Terms.County(shortForm));

    [Theory]
    [InlineData("herts", 0)] // the county is in one chunk only
    [InlineData("notts", 30)] // the papers use the short form as often as the full name
    [InlineData("bucks", 0)] // no county it could stand for
    [InlineData("budgets", 0)] // not a county
    public void County_NoCountyNamedMoreOften_GivesNothing(string shortForm, int shortFormChunks) =>
        Assert.Null(Terms.County(shortForm, shortFormChunks));

    [Fact]
    public async Task CorrectAsync_CountyWrittenShort_ReadsAndKeysOnTheCountyTheIndexNames()
    {
        var analysis = Analyze("how much DfE match funding did Notts get for children's homes?");

        var corrected = await QuestionSpelling.CorrectAsync(analysis, Stats(analysis, unknown: "notts"), new Vocabulary(), CancellationToken.None);

        Assert.Contains("nottinghamshire", corrected.SearchTerms);
        Assert.Contains(TextTerms.Stem("nottinghamshire"), corrected.ContentStems);
        Assert.Contains("Nottinghamshire", corrected.Text, StringComparison.Ordinal);
        Assert.Contains("nottinghamshire", KeyEntities.Of(corrected));
    }

    [Fact]
    public async Task CorrectAsync_CountyShortFormTypedInLowerCaseTheIndexNeverHolds_ReadsTheCounty()
    {
        var analysis = Analyze("did anyone from notts police send apologies?");

        var corrected = await QuestionSpelling.CorrectAsync(analysis, Stats(analysis, unknown: "notts"), new Vocabulary(), CancellationToken.None);

        Assert.Contains("nottinghamshire", corrected.SearchTerms);
    }

    [Fact]
    public async Task CorrectAsync_LowerCaseWordTheIndexHolds_IsNotReadAsACounty()
    {
        var analysis = Analyze("did anyone from notts police send apologies?");

        var corrected = await QuestionSpelling.CorrectAsync(analysis, Stats(analysis, unknown: null), new Vocabulary(), CancellationToken.None);

        Assert.DoesNotContain("nottinghamshire", corrected.SearchTerms);
    }

    [Theory]
    [InlineData("nottm", "nottingham")]
    [InlineData("hale", null)] // a vowel after the third letter: a name, not a contraction
    [InlineData("notts", null)] // a county written short, read by County, not a word ending in "s"
    [InlineData("vist", null)] // a slip, not a contraction: no indexed word is three letters longer
    [InlineData("dems", null)] // "Lib Dems": a clipped word in the plural, not "demobilis(ation)"
    public void Contraction_FirstLettersThenConsonants_GivesTheLongerIndexedWord(string shortForm, string? expected) =>
        Assert.Equal(expected, Terms.Contraction(shortForm));

    [Fact]
    public async Task CorrectAsync_ContractionOfAPlace_ReadsAndKeysOnTheWordTheIndexHolds()
    {
        var analysis = Analyze("what time does the Nottm City scrutiny committee start?");

        var corrected = await QuestionSpelling.CorrectAsync(analysis, Stats(analysis, unknown: "nottm"), new Vocabulary(), CancellationToken.None);

        Assert.Contains("nottingham", corrected.SearchTerms);
        Assert.Contains("Nottingham City", corrected.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vist", "visit")] // a letter left out; "vest" is one edit too but in fewer chunks
    [InlineData("visti", "visit")] // two letters swapped
    [InlineData("budgte", "budget")]
    [InlineData("bidget", "budget")] // one letter wrong
    [InlineData("budgett", "budget")] // one too many
    public void Nearest_OneSlipFromAnIndexedTerm_GivesTheMostHeldTerm(string typed, string expected) =>
        Assert.Equal(expected, Terms.Nearest(typed));

    [Fact]
    public void Nearest_SlipInAnInflectedWord_GivesTheWordWhoseStemIsIndexed() =>
        Assert.Equal("monitoring", Terms.Nearest("monitoing"));

    [Fact]
    public void Nearest_IndexStemThatIsNoWord_IsNotAReading()
    {
        var terms = new IndexedTerms(new Dictionary<string, int> { ["reus"] = 10, ["visit"] = 10 });

        Assert.Null(terms.Nearest("reps")); // "reus" is how the index stems "reuse"
        Assert.Equal("visit", terms.Nearest("vist"));
    }

    [Fact]
    public void Nearest_ShortWordWhoseOnlyNeighbourIsAStem_GivesNothing() =>
        Assert.Null(Terms.Nearest("reps")); // "refs" is indexed as "ref", but a four-letter word has too many neighbours

    [Fact]
    public async Task CorrectAsync_WordOfTheLanguageNoPaperUses_StaysAsTyped()
    {
        var analysis = Analyze("when is polling day for the budget?");
        var terms = new IndexedTerms(new Dictionary<string, int> { ["roll"] = 9, ["budget"] = 25 });

        var corrected = await QuestionSpelling.CorrectAsync(analysis, Stats(analysis, unknown: "polling"), new Vocabulary(terms), CancellationToken.None);

        Assert.Equal("rolling", terms.Nearest("polling")); // one slip away, and indexed
        Assert.Same(analysis, corrected); // but a word the language model holds whole
    }

    [Fact]
    public async Task CorrectAsync_WordWithASynonym_StaysAsTyped()
    {
        var analysis = Analyze("how many kids had a visit?");

        var corrected = await QuestionSpelling.CorrectAsync(analysis, Stats(analysis, unknown: "kids"), new Vocabulary(), CancellationToken.None);

        Assert.Same(analysis, corrected);
    }

    [Theory]
    [InlineData("rares")] // the only neighbour is held by one chunk
    [InlineData("bdgte")] // two edits away
    public void Nearest_NoWellHeldTermOneSlipAway_GivesNothing(string typed) =>
        Assert.Null(Terms.Nearest(typed));

    [Fact]
    public async Task CorrectAsync_LowerCaseWordNoChunkHolds_SearchesAndCoversTheIndexedWord()
    {
        var analysis = Analyze("what did the Nov 2024 monitoring vist look at?");

        var corrected = await QuestionSpelling.CorrectAsync(analysis, Stats(analysis, unknown: "vist"), new Vocabulary(), CancellationToken.None);

        Assert.Contains("visit", corrected.SearchTerms);
        Assert.DoesNotContain("vist", corrected.SearchTerms);
        Assert.Contains(TextTerms.Stem("visit"), corrected.ContentStems);
    }

    [Fact]
    public async Task CorrectAsync_CapitalisedNameNoChunkHolds_StaysAsTyped()
    {
        var analysis = Analyze("has Nottinghan Police replied to the letter?");

        var corrected = await QuestionSpelling.CorrectAsync(analysis, Stats(analysis, unknown: "nottinghan"), new Vocabulary(), CancellationToken.None);

        Assert.Same(analysis, corrected);
    }

    [Fact]
    public async Task CorrectAsync_EveryWordIndexed_LeavesTheQuestionAlone()
    {
        var analysis = Analyze("what did the monitoring visit look at?");

        var corrected = await QuestionSpelling.CorrectAsync(analysis, Stats(analysis, unknown: null), new Vocabulary(), CancellationToken.None);

        Assert.Same(analysis, corrected);
    }

    private static QueryAnalysis Analyze(string question) => QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));

    private static TermStatistics Stats(QueryAnalysis analysis, string? unknown) =>
        new(analysis.SearchTerms.ToDictionary(t => t, t => t == unknown ? 0 : 5), 100);

    private sealed class Vocabulary(IndexedTerms? terms = null) : IIndexVocabulary
    {
        private readonly IndexedTerms _terms = terms ?? Terms;

        public Task<string?> NearestTermAsync(string term, CancellationToken cancellationToken) => Task.FromResult(_terms.Nearest(term));

        public Task<string?> CountyAsync(string shortForm, int shortFormChunks, CancellationToken cancellationToken) =>
            Task.FromResult(_terms.County(shortForm, shortFormChunks));

        public Task<string?> ContractionAsync(string shortForm, int shortFormChunks, CancellationToken cancellationToken) =>
            Task.FromResult(_terms.Contraction(shortForm, shortFormChunks));
    }
}
