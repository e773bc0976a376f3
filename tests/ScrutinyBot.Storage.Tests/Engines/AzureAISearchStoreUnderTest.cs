using Azure.Core.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Search.AzureAISearch;
using ScrutinyBot.Search.AzureAISearch.Index;
using ScrutinyBot.Search.AzureAISearch.Indexing;
using ScrutinyBot.StandIns.AzureSearch;

namespace ScrutinyBot.Storage.Tests.Engines;

/// <summary>The embedded store as the system of record with the Azure AI Search engine as its index, talking over HTTP
/// to a loopback stand-in of the service: documents and vectors are written through the engine's decorators (so
/// every save and forget reaches the index), searches go to the index.</summary>
public sealed class AzureAISearchStoreUnderTest : StoreUnderTest
{
    public const int Dimensions = 4;

    private readonly SqliteStoreUnderTest _store;

    private AzureAISearchStoreUnderTest(SqliteStoreUnderTest store, AzureSearchStandIn standIn, AzureAISearchOptions options)
    {
        _store = store;
        StandIn = standIn;
        Options = options;
    }

    public override string Engine => "AzureAISearch";

    public AzureSearchStandIn StandIn { get; }

    public AzureAISearchOptions Options { get; }

    public static async Task<StoreUnderTest> OpenAsync(TimeProvider clock) => await CreateAsync(clock);

    public static async Task<AzureAISearchStoreUnderTest> CreateAsync(TimeProvider clock, int batchSize = 500)
    {
        var store = (SqliteStoreUnderTest)await SqliteStoreUnderTest.OpenAsync(clock);
        var standIn = await AzureSearchStandIn.StartAsync();
        var options = new AzureAISearchOptions
        {
            Endpoint = standIn.Endpoint,
            ApiKey = standIn.ApiKey,
            IndexName = "chunks-" + Guid.NewGuid().ToString("N")[..8],
            BatchSize = batchSize,
            RetryDelayMilliseconds = 10,
            VectorDimensions = Dimensions,
        };
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        var clients = new AzureSearchClients(wrapped, new HttpClientTransport(new LoopbackHttpsHandler()));
        var initializer = new ChunkIndexInitializer(clients, wrapped, new DisabledTextEmbedder(), NullLogger<ChunkIndexInitializer>.Instance);
        var writer = new ChunkIndexWriter(clients, initializer, wrapped, NullLogger<ChunkIndexWriter>.Instance);
        var vectors = new IndexedChunkVectorStore(store.Vectors, writer);
        var feed = new DocumentChunkFeed(new SqliteDocumentChunkIds(store.Connections), vectors, writer);
        return new AzureAISearchStoreUnderTest(store, standIn, options)
        {
            Documents = new IndexedDocumentStore(store.Documents, feed),
            Facts = store.Facts,
            Generation = store.Generation,
            Search = new AzureAISearchIndex(clients, initializer, store.Generation),
            Committees = store.Committees,
            Vocabulary = store.Vocabulary,
            Vectors = vectors,
            Subscriptions = store.Subscriptions,
            Outbox = store.Outbox,
            Sources = store.Sources,
            Leases = store.Leases,
            Links = store.Links,
            SiteMeetings = store.SiteMeetings,
            ConversationReferences = store.ConversationReferences,
            Feedback = store.Feedback,
        };
    }

    /// <summary>How many chunks the index holds.</summary>
    public int IndexedChunks => StandIn.DocumentCount(Options.IndexName);

    public override Task SetSchemaVersionAsync(int version) => _store.SetSchemaVersionAsync(version);

    public override Task<StoreUnderTest> ReopenAsync(TimeProvider clock) => _store.ReopenAsync(clock);

    public override async ValueTask DisposeAsync()
    {
        await StandIn.DisposeAsync();
        await _store.DisposeAsync();
    }
}
