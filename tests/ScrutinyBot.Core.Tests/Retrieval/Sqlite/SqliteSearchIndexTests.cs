using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.Sqlite;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Tests.Retrieval.Sqlite;

public sealed class SqliteSearchIndexTests : IDisposable
{
    private readonly SqliteTestStore _store = new();
    private readonly SqliteSearchIndex _sut;

    public SqliteSearchIndexTests()
    {
        _sut = new SqliteSearchIndex(_store.Connections, new SqliteStoreGeneration(_store.Connections));
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task SearchAsync_StemmedTerm_FindsChunkWithSource()
    {
        var doc = await _store.AddDocumentAsync("pack.pdf");
        await _store.AddChunkAsync(doc, "The committee recommended that schools issue fines.", page: 4);
        await _store.AddChunkAsync(doc, "Nothing about that here.");

        var hits = await _sut.SearchAsync(new SearchQuery(["recommendations"], []), CancellationToken.None);

        var hit = Assert.Single(hits);
        Assert.Equal(("pack.pdf", 4), (hit.Chunk.Source, hit.Chunk.Page));
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public async Task FollowingTextAsync_ChunksOfOneItem_GivesTheNextOfTheSameItemOnly()
    {
        var doc = await _store.AddDocumentAsync("pack.pdf");
        var first = await _store.AddChunkAsync(doc, "The overspend is forecast at £0.7m.", itemTitle: "Budget");
        var second = await _store.AddChunkAsync(doc, "The main cause is pension enhancements.", itemTitle: "Budget");
        await _store.AddChunkAsync(doc, "Work programme noted.", itemTitle: "Work programme");

        var following = await _sut.FollowingTextAsync([first, second], CancellationToken.None);

        Assert.Equal(new Dictionary<long, string> { [first] = "The main cause is pension enhancements." }, following);
    }

    [Fact]
    public async Task SearchAsync_TermInTitle_RanksAboveTermInText()
    {
        var doc = await _store.AddDocumentAsync("pack.pdf");
        await _store.AddChunkAsync(doc, "A long passage that mentions the budget once among many other words about other things.", partTitle: "Minutes");
        var titled = await _store.AddChunkAsync(doc, "A long passage about the plans for next year with many other words about other things.", partTitle: "Budget Proposals");

        var hits = await _sut.SearchAsync(new SearchQuery(["budget"], []), CancellationToken.None);

        Assert.Equal(titled, hits[0].ChunkId);
    }

    [Fact]
    public async Task SearchAsync_Phrase_MatchesOnlyAdjacentWords()
    {
        var doc = await _store.AddDocumentAsync("pack.pdf");
        var adjacent = await _store.AddChunkAsync(doc, "A review at Harlow Academy was circulated.");
        await _store.AddChunkAsync(doc, "Harlow is a town; the academy is elsewhere.");

        var hits = await _sut.SearchAsync(new SearchQuery([], ["Harlow Academy"]), CancellationToken.None);

        Assert.Equal([adjacent], hits.Select(h => h.ChunkId).ToList());
    }

    [Fact]
    public async Task SearchAsync_Filters_KeepOnlyMatchingDateCommitteeAndPart()
    {
        var doc = await _store.AddDocumentAsync("pack.pdf");
        var wanted = await _store.AddChunkAsync(doc, "Budget pressures noted.", kind: "Minutes", meetingDate: "2024-11-13", committee: "Adults Select Committee");
        await _store.AddChunkAsync(doc, "Budget pressures noted.", kind: "Minutes", meetingDate: "2024-09-11", committee: "Adults Select Committee");
        await _store.AddChunkAsync(doc, "Budget pressures noted.", kind: "Report", meetingDate: "2024-11-13", committee: "Adults Select Committee");
        await _store.AddChunkAsync(doc, "Budget pressures noted.", kind: "Minutes", meetingDate: "2024-11-13", committee: "Health Board");

        var query = new SearchQuery(["budget"], [], new DateOnly(2024, 11, 1), new DateOnly(2024, 11, 30), "adults select", PartKind.Minutes);
        var hits = await _sut.SearchAsync(query, CancellationToken.None);

        Assert.Equal([wanted], hits.Select(h => h.ChunkId).ToList());
    }

    [Fact]
    public async Task SearchAsync_FilterAndSmallLimit_FindsFilteredChunkBelowBetterUnfilteredOnes()
    {
        var doc = await _store.AddDocumentAsync("pack.pdf");
        for (var i = 0; i < 5; i++)
        {
            await _store.AddChunkAsync(doc, "Budget budget budget.", partTitle: "Budget", kind: "Report");
        }

        var wanted = await _store.AddChunkAsync(doc, "A long passage that mentions the budget once among many other words.", kind: "Minutes");

        var hits = await _sut.SearchAsync(new SearchQuery(["budget"], [], Part: PartKind.Minutes, Limit: 2), CancellationToken.None);

        Assert.Equal([wanted], hits.Select(h => h.ChunkId).ToList());
    }

    [Fact]
    public async Task SearchAsync_Limit_ReturnsBestFirst()
    {
        var doc = await _store.AddDocumentAsync("pack.pdf");
        await _store.AddChunkAsync(doc, "A long passage that mentions the budget once among many other words.");
        var best = await _store.AddChunkAsync(doc, "Budget budget budget.", partTitle: "Budget");
        await _store.AddChunkAsync(doc, "The budget and the budget again, with other words.");

        var hits = await _sut.SearchAsync(new SearchQuery(["budget"], [], Limit: 2), CancellationToken.None);

        Assert.Equal(2, hits.Count);
        Assert.Equal(best, hits[0].ChunkId);
        Assert.True(hits[0].Score >= hits[1].Score);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("text:budget OR")]
    [InlineData("budget\" OR \"x")]
    [InlineData("NEAR(budget")]
    public async Task SearchAsync_FtsSyntaxInUserText_DoesNotThrow(string term)
    {
        var doc = await _store.AddDocumentAsync("pack.pdf");
        await _store.AddChunkAsync(doc, "Budget pressures noted.");

        var hits = await _sut.SearchAsync(new SearchQuery([term], []), CancellationToken.None);

        Assert.NotNull(hits);
    }

    [Fact]
    public async Task SearchAsync_NoTerms_ReturnsNothing()
    {
        Assert.Empty(await _sut.SearchAsync(new SearchQuery([], []), CancellationToken.None));
    }

    [Fact]
    public async Task TermStatisticsAsync_Terms_CountsChunksContainingEach()
    {
        var doc = await _store.AddDocumentAsync("pack.pdf");
        await _store.AddChunkAsync(doc, "budget and fines");
        await _store.AddChunkAsync(doc, "budget only");

        var stats = await _sut.TermStatisticsAsync(["budget", "fines", "absent"], CancellationToken.None);

        Assert.Equal((2, 1, 0, 2), (stats.DocumentFrequencies["budget"], stats.DocumentFrequencies["fines"], stats.DocumentFrequencies["absent"], stats.ChunkCount));
        Assert.True(stats.Idf("fines") > stats.Idf("budget"));
    }

    [Fact]
    public async Task TermStatisticsAsync_AfterAnotherDocument_CountsAgain()
    {
        var doc = await _store.AddDocumentAsync("pack.pdf");
        await _store.AddChunkAsync(doc, "budget");
        await _sut.TermStatisticsAsync(["budget"], CancellationToken.None);
        var later = await _store.AddDocumentAsync("later.pdf");
        await _store.AddChunkAsync(later, "budget again");

        var stats = await _sut.TermStatisticsAsync(["budget"], CancellationToken.None);

        Assert.Equal(2, stats.DocumentFrequencies["budget"]);
    }

    [Fact]
    public async Task CountScoredAsync_IndexTenTimesLarger_ScoresTheSameFixedNumber()
    {
        var sut = Bounded(100);
        var doc = await _store.AddDocumentAsync("pack.pdf");
        var query = new SearchQuery(["budget"], []);
        await _store.AddChunksAsync(doc, Enumerable.Range(0, 150).Select(i => $"Budget pressure number {i} was noted."));
        var small = await sut.CountScoredAsync(query, CancellationToken.None);

        await _store.AddChunksAsync(doc, Enumerable.Range(0, 1350).Select(i => $"Budget pressure number {i} was noted again."));
        var large = await sut.CountScoredAsync(query, CancellationToken.None);

        Assert.Equal((100, 100), (small, large));
    }

    [Fact]
    public async Task CountScoredAsync_CommitteeFilter_ScoresThatCommitteeAmongTheNewestMatches()
    {
        var sut = Bounded(100);
        var doc = await _store.AddDocumentAsync("pack.pdf");
        await _store.AddChunksAsync(doc, Enumerable.Range(0, 300).Select(i => $"Budget item {i}."), committee: "Adults Select Committee");
        await _store.AddChunksAsync(doc, Enumerable.Range(0, 60).Select(i => $"Budget item {i}."), committee: "Health Scrutiny Committee");
        await _store.AddChunksAsync(doc, Enumerable.Range(0, 300).Select(i => $"Budget item {i}."), committee: "Adults Select Committee");
        await _store.AddChunksAsync(doc, Enumerable.Range(0, 30).Select(i => $"Budget item {i}."), committee: "Health Scrutiny Committee");

        var scored = await sut.CountScoredAsync(new SearchQuery(["budget"], [], Committee: "health scrutiny"), CancellationToken.None);
        var hits = await sut.SearchAsync(new SearchQuery(["budget"], [], Committee: "health scrutiny", Limit: 50), CancellationToken.None);

        Assert.Equal(30, scored);
        Assert.Equal(30, hits.Count);
        Assert.All(hits, h => Assert.Equal("Health Scrutiny Committee", h.Chunk.Committee));
    }

    [Fact]
    public async Task SearchAsync_FewerMatchesThanTheBudget_ScoresEveryMatchAndFindsTheOldestBest()
    {
        var sut = Bounded(100);
        var doc = await _store.AddDocumentAsync("pack.pdf");
        var best = await _store.AddChunkAsync(doc, "Budget", partTitle: "Budget");
        await _store.AddChunksAsync(doc, Enumerable.Range(0, 60).Select(i => $"A long passage {i} that mentions the budget once among many other words about other things."));

        var scored = await sut.CountScoredAsync(new SearchQuery(["budget"], []), CancellationToken.None);
        var hits = await sut.SearchAsync(new SearchQuery(["budget"], [], Limit: 3), CancellationToken.None);

        Assert.Equal(61, scored);
        Assert.Equal(best, hits[0].ChunkId);
    }

    [Fact]
    public async Task SearchAsync_MoreMatchesThanTheBudget_RanksTheNewestMatches()
    {
        var sut = Bounded(100);
        var doc = await _store.AddDocumentAsync("pack.pdf");
        await _store.AddChunksAsync(doc, Enumerable.Range(0, 200).Select(i => $"Budget item {i}."));
        var newest = await _store.AddChunkAsync(doc, "Budget", partTitle: "Budget");

        var hits = await sut.SearchAsync(new SearchQuery(["budget"], [], Limit: 200), CancellationToken.None);

        Assert.Equal(newest, hits[0].ChunkId);
        Assert.Equal(100, hits.Count);
        Assert.True(hits.Min(h => h.ChunkId) > newest - 100);
    }

    private SqliteSearchIndex Bounded(int budget) =>
        new(_store.Connections, new SqliteStoreGeneration(_store.Connections), Options.Create(new SqliteSearchOptions { MaxScoredChunks = budget }));
}
