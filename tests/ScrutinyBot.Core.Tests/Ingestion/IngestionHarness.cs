using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Ingestion;
using ScrutinyBot.Core.Ingestion.Readers;
using ScrutinyBot.Core.Retrieval.Chunking;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Retrieval.Embeddings.Sqlite;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Core.Tests.TestSupport;

namespace ScrutinyBot.Core.Tests.Ingestion;

/// <summary>The real pipeline over a temp-folder SQLite store, with a chosen extractor and options, and the chunk
/// embedding step when an embedder is given.</summary>
internal sealed class IngestionHarness : IDisposable
{
    public IngestionHarness(IDocumentExtractor? extractor = null, IngestionOptions? options = null, ITextEmbedder? embedder = null, AIOptions? ai = null)
    {
        Files = new TestFolder();
        Clock = new FakeTimeProvider(new DateTimeOffset(2025, 1, 20, 9, 0, 0, TimeSpan.Zero));
        Connections = new SqliteConnectionFactory(Options.Create(new StorageOptions { DataDirectory = Path.Combine(Files.Path, "data") }));
        Store = new SqliteDocumentStore(Connections, Clock);
        IDocumentReader[] readers = [new PdfDocumentReader(), new PlainTextDocumentReader(), new HtmlDocumentReader(), new DocxDocumentReader()];
        var ingestor = new DocumentIngestor(readers, extractor ?? new FakeDocumentExtractor(), new DocumentChunker(), Store,
            Options.Create(options ?? new IngestionOptions()), NullLogger<DocumentIngestor>.Instance);
        var embeddings = embedder is null
            ? null
            : new ChunkEmbeddingIndexer(embedder, new SqliteChunkVectorStore(Connections), Options.Create(ai ?? new AIOptions()), EmbeddingLog);
        Pipeline = new IngestionPipeline(ingestor, Store, NullLogger<IngestionPipeline>.Instance, embeddings);
    }

    public RecordingLogger<ChunkEmbeddingIndexer> EmbeddingLog { get; } = new();

    public TestFolder Files { get; }

    public FakeTimeProvider Clock { get; }

    public SqliteConnectionFactory Connections { get; }

    public SqliteDocumentStore Store { get; }

    public IngestionPipeline Pipeline { get; }

    public Task<IngestionSummary> IngestAsync(params string[] paths) => Pipeline.IngestAsync(paths, null, CancellationToken.None);

    public async Task<IngestionOutcome> IngestOneAsync(string path) => (await IngestAsync(path)).Outcomes.Single();

    public Task<FactSet> FactsAsync() => Store.LoadFactsAsync(CancellationToken.None);

    /// <summary>Runs a scalar query against the store file (row counts for "nothing changed" checks).</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using var connection = await Connections.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose() => Files.Dispose();
}
