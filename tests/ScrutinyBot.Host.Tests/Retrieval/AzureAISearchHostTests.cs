using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Search.AzureAISearch;
using ScrutinyBot.StandIns.AzureSearch;

namespace ScrutinyBot.Host.Tests.Retrieval;

/// <summary>The host with Search:Provider = AzureAISearch: ingestion fills the index, questions are answered from it
/// with citations, and the store stays the system of record.</summary>
public sealed class AzureAISearchHostTests
{
    /// <summary>The smallest sample paper (about 50 chunks), so the test with the real model stays quick.</summary>
    private const string SmallPaper = "004_dd0abe7f679e5d45.txt";
    private const string Question = "What concerns did inspectors raise about whether the improvements are sustainable?";

    [Fact]
    public async Task IngestAndAsk_AzureAISearchWithLocalModel_AnswersFromTheIndexWithACitation()
    {
        await using var standIn = await AzureSearchStandIn.StartAsync();
        using var sut = new AzureSearchHostFactory(standIn, new()
        {
            ["Embeddings:MiniLM:Enabled"] = "true",
            ["Embeddings:MiniLM:ModelDirectory"] = Path.Combine(Path.GetTempPath(), "scrutinybot-host-tests-models"),
        });

        var (code, _) = await sut.RunAsync("ingest", Path.Combine(Ingestion.IngestionVerbsTests.SamplesFolder(), SmallPaper));
        var searchesBefore = standIn.Requests.Count(r => r.EndsWith("search.post.search", StringComparison.Ordinal));
        var answer = await sut.Services.GetRequiredService<IQuestionAnswerer>().AnswerAsync(new Question(Question), CancellationToken.None);

        Assert.Equal(0, code);
        Assert.IsType<AzureAISearchIndex>(sut.Services.GetRequiredService<ISearchIndex>());
        Assert.IsType<AzureAISearchIndex>(sut.Services.GetRequiredService<IChunkVectorSearch>());
        var store = sut.Services.GetRequiredService<IChunkVectorStore>();
        var stored = await store.ReadAllAsync(CancellationToken.None).ToListAsync();
        Assert.Equal(stored.Count, standIn.DocumentCount(AzureSearchHostFactory.IndexName));
        Assert.Equal(384, standIn.Definition(AzureSearchHostFactory.IndexName)!["fields"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "vector")!["dimensions"]!.GetValue<int>());
        Assert.True(standIn.Requests.Count(r => r.EndsWith("search.post.search", StringComparison.Ordinal)) > searchesBefore);
        Assert.True(answer.Answered);
        Assert.Contains("sustainab", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(answer.Citations, c => c.Source == SmallPaper);
    }

    [Fact]
    public async Task Forget_IngestedPaper_RemovesItsChunksFromTheIndex()
    {
        await using var standIn = await AzureSearchStandIn.StartAsync();
        using var sut = new AzureSearchHostFactory(standIn, []);
        var paper = Path.Combine(Ingestion.IngestionVerbsTests.SamplesFolder(), SmallPaper);
        await sut.RunAsync("ingest", paper);
        var indexed = standIn.DocumentCount(AzureSearchHostFactory.IndexName);

        var (code, _) = await sut.RunAsync("forget", paper);

        Assert.Equal(0, code);
        Assert.True(indexed > 0);
        Assert.Equal(0, standIn.DocumentCount(AzureSearchHostFactory.IndexName));
    }

    [Fact]
    public async Task Startup_AzureAISearchWithoutEndpoint_FailsNamingTheSettings()
    {
        await using var standIn = await AzureSearchStandIn.StartAsync();
        using var sut = new AzureSearchHostFactory(standIn, new() { ["Search:AzureAISearch:Endpoint"] = string.Empty });

        var ex = Record.Exception(() => sut.Services);

        Assert.Contains("Search:AzureAISearch:Endpoint and Search:AzureAISearch:ApiKey are required", ex?.ToString(), StringComparison.Ordinal);
    }
}
