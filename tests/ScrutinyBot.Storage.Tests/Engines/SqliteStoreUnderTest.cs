using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Digests.Sqlite;
using ScrutinyBot.Core.Retrieval.Embeddings.Sqlite;
using ScrutinyBot.Core.Retrieval.Sqlite;
using ScrutinyBot.Core.Sources.Sqlite;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Teams.App.Feedback;
using ScrutinyBot.Teams.Conversations;

namespace ScrutinyBot.Storage.Tests.Engines;

/// <summary>The embedded engine on a file in a new temp folder.</summary>
public sealed class SqliteStoreUnderTest : StoreUnderTest
{
    private readonly bool _ownsFolder;

    private SqliteStoreUnderTest(string folder, SqliteConnectionFactory connections, bool ownsFolder)
    {
        Folder = folder;
        Connections = connections;
        _ownsFolder = ownsFolder;
    }

    public override string Engine => "Sqlite";

    public string Folder { get; }

    public SqliteConnectionFactory Connections { get; }

    public static Task<StoreUnderTest> OpenAsync(TimeProvider clock) =>
        Task.FromResult<StoreUnderTest>(Create(Path.Combine(Path.GetTempPath(), "scrutinybot-tests", Guid.NewGuid().ToString("N")), clock, ownsFolder: true));

    public static SqliteStoreUnderTest Create(string folder, TimeProvider clock, bool ownsFolder)
    {
        var connections = new SqliteConnectionFactory(Options.Create(new StorageOptions { DataDirectory = folder }));
        var documents = new SqliteDocumentStore(connections, clock);
        var generation = new SqliteStoreGeneration(connections);
        var tables = new SqliteDigestTables(connections);
        return new SqliteStoreUnderTest(folder, connections, ownsFolder)
        {
            Documents = documents,
            Facts = documents,
            Generation = generation,
            Search = new SqliteSearchIndex(connections, generation),
            Committees = new SqliteCommitteeDirectory(connections, generation),
            Vocabulary = new SqliteIndexVocabulary(connections, generation),
            Vectors = new SqliteChunkVectorStore(connections),
            Subscriptions = new SqliteSubscriptionStore(tables),
            Outbox = new SqliteDigestOutbox(tables),
            Sources = new SqliteSourceStateStore(connections),
            Leases = new SqliteSourceLeaseStore(connections),
            Links = new SqliteSourceLinkStore(connections),
            SiteMeetings = new SqliteSourceMeetingStore(connections),
            ConversationReferences = new SqliteConversationReferenceStore(connections, clock),
            Feedback = new SqliteFeedbackStore(connections, clock),
        };
    }

    public override async Task SetSchemaVersionAsync(int version)
    {
        await using var connection = await Connections.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA user_version = {version}";
        await command.ExecuteNonQueryAsync();
    }

    public override Task<StoreUnderTest> ReopenAsync(TimeProvider clock)
    {
        SqliteConnection.ClearAllPools();
        return Task.FromResult<StoreUnderTest>(Create(Folder, clock, ownsFolder: false));
    }

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_ownsFolder)
        {
            try
            {
                Directory.Delete(Folder, recursive: true);
            }
            catch (IOException)
            {
                // Cleaned by the OS later; a locked file must not fail the test.
            }
        }

        return ValueTask.CompletedTask;
    }
}
