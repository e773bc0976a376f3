using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Retrieval;
using static ScrutinyBot.Storage.Tests.Contracts.TestDocuments;

namespace ScrutinyBot.Storage.Tests.Contracts;

/// <summary>ISearchIndex: stemmed full text with title weights, phrases, the committee/date/part filters, rare words
/// over common ones, and reading on into the next chunk.</summary>
public abstract class SearchIndexContract : StoreContract
{
    [Fact]
    public async Task SearchAsync_StemmedTerm_FindsChunkWithSource()
    {
        var ids = await SaveAsync("/p/pack.pdf", Chunk("The committee recommended that schools issue fines.", page: 4), Chunk("Nothing about that here."));

        var hits = await Store.Search.SearchAsync(new SearchQuery(["recommendations"], []), None);

        var hit = Assert.Single(hits);
        Assert.Equal((ids[0], "pack.pdf", 4), (hit.ChunkId, hit.Chunk.Source, hit.Chunk.Page));
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public async Task SearchAsync_Hit_CarriesItsPaperAsCitationsNameIt()
    {
        await SaveAsync("/p/pack.pdf", Chunk("The committee recommended that schools issue fines.", page: 4));

        var hit = Assert.Single(await Store.Search.SearchAsync(new SearchQuery(["fines"], []), None));

        Assert.NotNull(hit.Chunk.Paper);
        Assert.Equal("/p/pack.pdf", hit.Chunk.Paper.SourcePath);
        Assert.False(string.IsNullOrWhiteSpace(hit.Chunk.Paper.Title));
    }

    [Fact]
    public async Task SearchAsync_TermInTitle_RanksAboveTermInText()
    {
        var ids = await SaveAsync("/p/pack.pdf",
            Chunk("A long passage that mentions the budget once among many other words about other things.", partTitle: "Minutes"),
            Chunk("A long passage about the plans for next year with many other words about other things.", partTitle: "Budget Proposals"));

        var hits = await Store.Search.SearchAsync(new SearchQuery(["budget"], []), None);

        Assert.Equal(ids[1], hits[0].ChunkId);
    }

    [Fact]
    public async Task SearchAsync_Phrase_MatchesOnlyAdjacentWords()
    {
        var ids = await SaveAsync("/p/pack.pdf", Chunk("A review at Harlow Academy was circulated."), Chunk("Harlow is a town; the academy is elsewhere."));

        var hits = await Store.Search.SearchAsync(new SearchQuery([], ["Harlow Academy"]), None);

        Assert.Equal([ids[0]], hits.Select(h => h.ChunkId));
    }

    [Fact]
    public async Task SearchAsync_Filters_KeepOnlyMatchingDateCommitteeAndPart()
    {
        var november = new DateOnly(2024, 11, 13);
        var ids = await SaveAsync("/p/pack.pdf",
            Chunk("Budget pressures noted.", kind: PartKind.Minutes, meetingDate: november, committee: "Adults Select Committee"),
            Chunk("Budget pressures noted.", kind: PartKind.Minutes, meetingDate: new DateOnly(2024, 9, 11), committee: "Adults Select Committee"),
            Chunk("Budget pressures noted.", kind: PartKind.Report, meetingDate: november, committee: "Adults Select Committee"),
            Chunk("Budget pressures noted.", kind: PartKind.Minutes, meetingDate: november, committee: "Health Board"));

        var query = new SearchQuery(["budget"], [], new DateOnly(2024, 11, 1), new DateOnly(2024, 11, 30), "adults select", PartKind.Minutes);
        var hits = await Store.Search.SearchAsync(query, None);

        Assert.Equal([ids[0]], hits.Select(h => h.ChunkId));
    }

    [Fact]
    public async Task SearchAsync_FilterAndSmallLimit_FindsFilteredChunkBelowBetterUnfilteredOnes()
    {
        var chunks = Enumerable.Range(0, 5).Select(_ => Chunk("Budget budget budget.", partTitle: "Budget"))
            .Append(Chunk("A long passage that mentions the budget once among many other words.", kind: PartKind.Minutes)).ToArray();
        var ids = await SaveAsync("/p/pack.pdf", chunks);

        var hits = await Store.Search.SearchAsync(new SearchQuery(["budget"], [], Part: PartKind.Minutes, Limit: 2), None);

        Assert.Equal([ids[5]], hits.Select(h => h.ChunkId));
    }

    [Fact]
    public async Task SearchAsync_Limit_ReturnsBestFirst()
    {
        var ids = await SaveAsync("/p/pack.pdf",
            Chunk("A long passage that mentions the budget once among many other words."),
            Chunk("Budget budget budget.", partTitle: "Budget"),
            Chunk("The budget and the budget again, with other words."));

        var hits = await Store.Search.SearchAsync(new SearchQuery(["budget"], [], Limit: 2), None);

        Assert.Equal(2, hits.Count);
        Assert.Equal(ids[1], hits[0].ChunkId);
        Assert.True(hits[0].Score >= hits[1].Score);
    }

    [Fact]
    public async Task SearchAsync_RareAndCommonTerm_RanksTheRareMatchFirst()
    {
        var chunks = Enumerable.Range(0, 6).Select(i => Chunk($"The council discussed item {i} of the council plan."))
            .Append(Chunk("Fines for term-time absence were discussed.")).ToArray();
        var ids = await SaveAsync("/p/pack.pdf", chunks);

        var hits = await Store.Search.SearchAsync(new SearchQuery(["council", "fines"], []), None);

        Assert.Equal(ids[6], hits[0].ChunkId);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("text:budget OR")]
    [InlineData("budget\" OR \"x")]
    [InlineData("NEAR(budget")]
    [InlineData("budget & !fines | (x")]
    [InlineData("'); DROP TABLE chunks; --")]
    public async Task SearchAsync_QuerySyntaxInUserText_IsReadAsWords(string term)
    {
        await SaveAsync("/p/pack.pdf", Chunk("Budget pressures noted."));

        var hits = await Store.Search.SearchAsync(new SearchQuery([term], []), None);

        Assert.All(hits, h => Assert.Contains("Budget", h.Chunk.Text, StringComparison.Ordinal));
        Assert.Single(await Store.Search.SearchAsync(new SearchQuery(["budget"], []), None));
    }

    [Fact]
    public async Task SearchAsync_NoTerms_ReturnsNothing()
    {
        await SaveAsync("/p/pack.pdf", Chunk("Budget pressures noted."));

        Assert.Empty(await Store.Search.SearchAsync(new SearchQuery([], []), None));
    }

    [Fact]
    public async Task FollowingTextAsync_ChunksOfOneItem_GivesTheNextOfTheSameItemOnly()
    {
        var ids = await SaveAsync("/p/pack.pdf",
            Chunk("The overspend is forecast at £0.7m.", itemTitle: "Budget"),
            Chunk("The main cause is pension enhancements.", itemTitle: "Budget"),
            Chunk("Work programme noted.", itemTitle: "Work programme"));

        var following = await Store.Search.FollowingTextAsync([ids[0], ids[1]], None);

        Assert.Equal(new Dictionary<long, string> { [ids[0]] = "The main cause is pension enhancements." }, following);
    }

    [Theory]
    [InlineData("22")]
    [InlineData("24")]
    public async Task SearchAsync_NumberJoinedBySlashOrHyphen_FoundByEachPart(string part)
    {
        var ids = await SaveAsync("/p/pack.pdf", Chunk("Chair for 2021/22 and the 2023-24 budget."), Chunk("Nothing about that here."));

        var hits = await Store.Search.SearchAsync(new SearchQuery([part], []), None);

        Assert.Equal([ids[0]], hits.Select(h => h.ChunkId));
    }

    [Fact]
    public async Task Vocabulary_MistypedWordAndCountyShortForm_ReadAsTheIndexedWords()
    {
        await SaveAsync("/p/pack.pdf", Chunk("The monitoring visit to Nottinghamshire and Nottingham, and its borrowing."), Chunk("A second visit in Nottinghamshire; borrowed sums in Nottingham."), Chunk("Notts once."));

        var nearest = await Store.Vocabulary.NearestTermAsync("vist", None);
        var inflected = await Store.Vocabulary.NearestTermAsync("borowing", None);
        var county = await Store.Vocabulary.CountyAsync("notts", 1, None);
        var contraction = await Store.Vocabulary.ContractionAsync("nottm", 0, None);

        Assert.Equal(("visit", "borrowing", "nottinghamshire", "nottingham"), (nearest, inflected, county, contraction));
    }

    [Fact]
    public async Task TermStatisticsAsync_Terms_CountsChunksContainingEach()
    {
        await SaveAsync("/p/pack.pdf", Chunk("budget and fines"), Chunk("budget only"));

        var stats = await Store.Search.TermStatisticsAsync(["budget", "fines", "absent"], None);

        Assert.Equal((2, 1, 0, 2), (stats.DocumentFrequencies["budget"], stats.DocumentFrequencies["fines"], stats.DocumentFrequencies["absent"], stats.ChunkCount));
        Assert.True(stats.Idf("fines") > stats.Idf("budget"));
    }

    [Fact]
    public async Task TermStatisticsAsync_AfterAnotherDocument_CountsAgain()
    {
        await SaveAsync("/p/pack.pdf", Chunk("budget"));
        await Store.Search.TermStatisticsAsync(["budget"], None);
        await SaveAsync("/p/later.pdf", Chunk("budget again"));

        var stats = await Store.Search.TermStatisticsAsync(["budget"], None);

        Assert.Equal(2, stats.DocumentFrequencies["budget"]);
    }

    [Fact]
    public async Task CommitteesAsync_DocumentsAndMeetings_ListsEachNameOnceAndSeesNewPapers()
    {
        await Store.Documents.SaveAsync(WithEveryFact("v1", "text"), None);
        Assert.Equal(["Test Committee"], await Store.Committees.CommitteesAsync(None));

        await Store.Documents.SaveAsync(WithChunks("/p/health.pdf", "Health Scrutiny Committee", null, Chunk("x")), None);

        Assert.Equal(["Health Scrutiny Committee", "Test Committee"], (await Store.Committees.CommitteesAsync(None)).Order(StringComparer.Ordinal));
    }

    /// <returns>The new chunks' ids, in the order given.</returns>
    private async Task<IReadOnlyList<long>> SaveAsync(string path, params Chunk[] chunks)
    {
        await Store.Documents.SaveAsync(WithChunks(path, null, null, chunks), None);
        var source = Path.GetFileName(path);
        var stored = await Store.Vectors.ListUnembeddedAsync(0, 10_000, None);
        return [.. stored.Where(c => c.Chunk.Source == source).Select(c => c.Id)];
    }
}
