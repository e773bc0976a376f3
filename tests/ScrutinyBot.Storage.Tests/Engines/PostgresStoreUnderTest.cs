using Microsoft.Extensions.Options;
using Npgsql;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Storage.Postgres;
using ScrutinyBot.Storage.Postgres.Digests;
using ScrutinyBot.Storage.Postgres.Documents;
using ScrutinyBot.Storage.Postgres.Embeddings;
using ScrutinyBot.Storage.Postgres.Search;
using ScrutinyBot.Storage.Postgres.Sources;
using ScrutinyBot.Storage.Postgres.Teams;

namespace ScrutinyBot.Storage.Tests.Engines;

/// <summary>The PostgreSQL engine on a new database of the test server.</summary>
public sealed class PostgresStoreUnderTest : StoreUnderTest
{
    private readonly PostgresDatabase _database;
    private readonly bool _ownsDatabase;

    private PostgresStoreUnderTest(string connectionString, PostgresDatabase database, bool ownsDatabase)
    {
        ConnectionString = connectionString;
        _database = database;
        _ownsDatabase = ownsDatabase;
    }

    public override string Engine => "Postgres";

    public string ConnectionString { get; }

    public static async Task<StoreUnderTest> OpenAsync(TimeProvider clock) =>
        Create(await PostgresTestServer.CreateDatabaseAsync(), clock, ownsDatabase: true);

    public static PostgresStoreUnderTest Create(string connectionString, TimeProvider clock, bool ownsDatabase)
    {
        var database = new PostgresDatabase(Options.Create(new PostgresStorageOptions { ConnectionString = connectionString }));
        var documents = new PostgresDocumentStore(database, clock);
        var generation = new PostgresStoreGeneration(database);
        return new PostgresStoreUnderTest(connectionString, database, ownsDatabase)
        {
            Documents = documents,
            Facts = documents,
            Generation = generation,
            Search = new PostgresSearchIndex(database, generation),
            Committees = new PostgresCommitteeDirectory(database, generation),
            Vocabulary = new PostgresIndexVocabulary(database, generation),
            Vectors = new PostgresChunkVectorStore(database),
            Subscriptions = new PostgresSubscriptionStore(database),
            Outbox = new PostgresDigestOutbox(database),
            Sources = new PostgresSourceStateStore(database),
            Leases = new PostgresSourceLeaseStore(database),
            Links = new PostgresSourceLinkStore(database),
            SiteMeetings = new PostgresSourceMeetingStore(database),
            ConversationReferences = new PostgresConversationReferenceStore(database, clock),
            Feedback = new PostgresFeedbackStore(database, clock),
        };
    }

    public override async Task SetSchemaVersionAsync(int version)
    {
        await using var connection = await _database.OpenAsync(CancellationToken.None);
        await using var command = new NpgsqlCommand("UPDATE schema_version SET version = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = version });
        await command.ExecuteNonQueryAsync();
    }

    public override Task<StoreUnderTest> ReopenAsync(TimeProvider clock) =>
        Task.FromResult<StoreUnderTest>(Create(ConnectionString, clock, ownsDatabase: false));

    public override async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        if (_ownsDatabase)
        {
            await PostgresTestServer.DropDatabaseAsync(ConnectionString);
        }
    }
}
