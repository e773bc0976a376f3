using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Retrieval.Spelling;

namespace ScrutinyBot.Core.Tests.Retrieval.Spelling;

public sealed class QuestionSpellingTests
{
    private static readonly IndexedTerms Terms = new(new Dictionary<string, int>
    {
        ["visit"] = 40, ["vest"] = 2, ["monitor"] = 30, ["budget"] = 25, ["nottingham"] = 50, ["rare"] = 1,
    });

    [Theory]
    [InlineData("vist", "visit")] // a letter left out; "vest" is one edit too but in fewer chunks
    [InlineData("visti", "visit")] // two letters swapped
    [InlineData("budgte", "budget")]
    [InlineData("bidget", "budget")] // one letter wrong
    [InlineData("budgett", "budget")] // one too many
    public void Nearest_OneSlipFromAnIndexedTerm_GivesTheMostHeldTerm(string typed, string expected) =>
        Assert.Equal(expected, Terms.Nearest(typed));

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

    private sealed class Vocabulary : IIndexVocabulary
    {
        public Task<string?> NearestTermAsync(string term, CancellationToken cancellationToken) => Task.FromResult(Terms.Nearest(term));
    }
}
