using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Tests.TestSupport;

namespace ScrutinyBot.Core.Tests.Retrieval.Embeddings;

public sealed class SemanticKernelTextEmbedderTests
{
    private static readonly KeywordVectors Topics = new(["homeless", "rough sleep"], ["budget", "overspend"]);

    private readonly RecordingLogger<SemanticKernelTextEmbedder> _logger = new();

    [Fact]
    public async Task EmbedAsync_Request_CarriesConfiguredModelAndTheTexts()
    {
        await using var server = new LoopbackOpenAIServer(r => LoopbackOpenAIServer.Embeddings(r, Topics.VectorOf));
        var sut = CreateSut(server);

        var vectors = await sut.EmbedAsync(["Rough sleeping in the district", "The budget overspend"], CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/v1/embeddings", Assert.Single(server.Paths));
        Assert.Equal("test-embedder", (string?)request["model"]);
        Assert.Equal(["Rough sleeping in the district", "The budget overspend"], request["input"]!.AsArray().Select(n => (string?)n));
        Assert.NotNull(vectors);
        Assert.Equal([Topics.VectorOf("Rough sleeping in the district"), Topics.VectorOf("The budget overspend")], vectors);
    }

    [Fact]
    public async Task EmbedAsync_MoreTextsThanBatchSize_SendsBatchesAndKeepsOrder()
    {
        await using var server = new LoopbackOpenAIServer(r => LoopbackOpenAIServer.Embeddings(r, Topics.VectorOf));
        var sut = CreateSut(server, batchSize: 2);
        string[] texts = ["homeless", "budget", "homeless budget", "neither", "overspend"];

        var vectors = await sut.EmbedAsync(texts, CancellationToken.None);

        Assert.Equal([2, 2, 1], server.Requests.Select(r => r["input"]!.AsArray().Count));
        Assert.Equal(texts.Select(Topics.VectorOf), vectors!);
    }

    [Fact]
    public async Task EmbedAsync_ServerErrors_ReturnsNullAndLogsWarningWithException()
    {
        await using var server = new LoopbackOpenAIServer(r => LoopbackOpenAIServer.Embeddings(r, Topics.VectorOf), status: HttpStatusCode.InternalServerError);
        var sut = CreateSut(server);

        var vectors = await sut.EmbedAsync(["homeless"], CancellationToken.None);

        Assert.Null(vectors);
        var entry = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Equal(3302, entry.EventId.Id);
        Assert.NotNull(entry.Exception);
    }

    [Fact]
    public async Task EmbedAsync_ServerSlowerThanTimeout_ReturnsNullWithinTimeAndLogs()
    {
        await using var server = new LoopbackOpenAIServer(r => LoopbackOpenAIServer.Embeddings(r, Topics.VectorOf), TimeSpan.FromSeconds(30));
        var sut = CreateSut(server, timeoutSeconds: 1);
        var stopwatch = Stopwatch.StartNew();

        var vectors = await sut.EmbedAsync(["homeless"], CancellationToken.None);

        Assert.Null(vectors);
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15));
        Assert.Contains(_logger.Entries, e => e.EventId.Id == 3301 && e.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task EmbedAsync_FewerVectorsThanTexts_ReturnsNullAndLogs()
    {
        await using var server = new LoopbackOpenAIServer(r =>
        {
            var oneInput = r.DeepClone().AsObject();
            oneInput["input"] = new JsonArray("only one");
            return LoopbackOpenAIServer.Embeddings(oneInput, Topics.VectorOf);
        });
        var sut = CreateSut(server);

        var vectors = await sut.EmbedAsync(["homeless", "budget"], CancellationToken.None);

        Assert.Null(vectors);
        Assert.Contains(_logger.Entries, e => e.EventId.Id == 3303);
    }

    [Theory]
    [InlineData("", "test-embedder")]
    [InlineData("http://127.0.0.1:9/v1/", "")]
    public void IsEnabled_EndpointOrModelMissing_IsFalse(string endpoint, string model)
    {
        var ai = new AIOptions { Endpoint = endpoint, EmbeddingModel = model };

        Assert.False(ai.EmbeddingsEnabled);
        Assert.False(new DisabledTextEmbedder().IsEnabled);
    }

    private SemanticKernelTextEmbedder CreateSut(LoopbackOpenAIServer server, int batchSize = 64, int timeoutSeconds = 20) =>
        LoopbackEmbedder.Create(LoopbackEmbedder.Settings(server, batchSize, timeoutSeconds), _logger);
}
