using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Ingestion;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Retrieval.Embeddings.Sqlite;
using ScrutinyBot.Core.Tests.Ingestion;
using ScrutinyBot.Core.Tests.TestSupport;

namespace ScrutinyBot.Core.Tests.Retrieval.Embeddings;

public sealed class ChunkEmbeddingIndexerTests
{
    private const string Paper = "Rough sleeping: the outreach team found beds for forty people this winter.\fThe parks budget was agreed.";
    private const string NoVector = "SELECT count(*) FROM chunks WHERE embedding IS NULL";
    private const string AllChunks = "SELECT count(*) FROM chunks";

    private static readonly KeywordVectors Topics = new(["rough sleep"], ["budget"]);

    [Fact]
    public async Task IngestAsync_EmbeddingModelSet_EveryChunkGetsAVectorFromTheConfiguredModel()
    {
        await using var server = new LoopbackOpenAIServer(r => LoopbackOpenAIServer.Embeddings(r, Topics.VectorOf));
        var ai = LoopbackEmbedder.Settings(server);
        using var sut = new IngestionHarness(embedder: LoopbackEmbedder.Create(ai), ai: ai);

        var outcome = await sut.IngestOneAsync(sut.Files.Write("report.txt", Paper));

        Assert.Equal(IngestionStatus.Added, outcome.Status);
        Assert.Equal(2, await sut.CountAsync(AllChunks));
        Assert.Equal(0, await sut.CountAsync(NoVector));
        Assert.All(server.Requests, r => Assert.Equal(LoopbackEmbedder.Model, (string?)r["model"]));
        var texts = server.EmbeddedTexts();
        Assert.Equal(2, texts.Count);
        Assert.Contains(texts, t => t.StartsWith("Part 1\n", StringComparison.Ordinal) && t.Contains("forty people", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("parks budget", StringComparison.Ordinal));
        var stored = await new SqliteChunkVectorStore(sut.Connections).ReadAllAsync(CancellationToken.None).ToListAsync();
        Assert.Contains(stored, v => v.Vector.SequenceEqual(Topics.VectorOf("rough sleeping")));
    }

    [Fact]
    public async Task IngestAsync_AgainUnchanged_EmbedsNothingTwice()
    {
        await using var server = new LoopbackOpenAIServer(r => LoopbackOpenAIServer.Embeddings(r, Topics.VectorOf));
        var ai = LoopbackEmbedder.Settings(server);
        using var sut = new IngestionHarness(embedder: LoopbackEmbedder.Create(ai), ai: ai);
        var path = sut.Files.Write("report.txt", Paper);
        await sut.IngestOneAsync(path);

        await sut.IngestOneAsync(path);

        Assert.Equal(2, server.EmbeddedTexts().Count);
    }

    [Fact]
    public async Task IngestAsync_EndpointErrors_DocumentStillAddedWithoutVectorsAndLogged()
    {
        await using var server = new LoopbackOpenAIServer(r => LoopbackOpenAIServer.Embeddings(r, Topics.VectorOf), status: HttpStatusCode.ServiceUnavailable);
        var ai = LoopbackEmbedder.Settings(server);
        var embedderLog = new RecordingLogger<SemanticKernelTextEmbedder>();
        using var sut = new IngestionHarness(embedder: LoopbackEmbedder.Create(ai, embedderLog), ai: ai);

        var outcome = await sut.IngestOneAsync(sut.Files.Write("report.txt", Paper));

        Assert.Equal(IngestionStatus.Added, outcome.Status);
        Assert.Equal(2, await sut.CountAsync(NoVector));
        Assert.NotEmpty(server.Requests);
        Assert.Contains(embedderLog.Entries, e => e.Level == LogLevel.Warning && e.Exception is not null);
        Assert.Contains(sut.EmbeddingLog.Entries, e => e.Level == LogLevel.Warning && e.EventId.Id == 3311);
    }

    [Fact]
    public async Task EmbedMissingAsync_ChunksIngestedBeforeTheModelWasSet_GetVectors()
    {
        await using var server = new LoopbackOpenAIServer(r => LoopbackOpenAIServer.Embeddings(r, Topics.VectorOf));
        using var harness = new IngestionHarness();
        await harness.IngestOneAsync(harness.Files.Write("report.txt", Paper));
        Assert.Equal(2, await harness.CountAsync(NoVector));
        var ai = LoopbackEmbedder.Settings(server, batchSize: 1);
        var sut = new ChunkEmbeddingIndexer(LoopbackEmbedder.Create(ai), new SqliteChunkVectorStore(harness.Connections), Options.Create(ai),
            NullLogger<ChunkEmbeddingIndexer>.Instance);

        var embedded = await sut.EmbedMissingAsync(CancellationToken.None);

        Assert.Equal(2, embedded);
        Assert.Equal(0, await harness.CountAsync(NoVector));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public void TextOf_ChunkWithItemTitle_PutsPartAndItemTitlesBeforeText()
    {
        var chunk = FakeSearchIndex.Chunk("The plan was noted.") with { PartTitle = "Minutes", ItemTitle = "Libraries" };

        Assert.Equal("Minutes: Libraries\nThe plan was noted.", ChunkEmbeddingIndexer.TextOf(chunk));
    }
}
