using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Storage.Tests.Contracts;
using ScrutinyBot.Storage.Tests.Engines;

namespace ScrutinyBot.Storage.Tests.Sqlite;

public sealed class SqliteSchemaVersionTests : SchemaVersionContract
{
    protected override int NewestVersion => SqliteSchemaMigrator.NewestVersion;

    protected override Task<StoreUnderTest> OpenStoreAsync(TimeProvider clock) => SqliteStoreUnderTest.OpenAsync(clock);

    protected override async Task<int> ReadVersionAsync(StoreUnderTest store)
    {
        await using var connection = await ((SqliteStoreUnderTest)store).Connections.OpenAsync(CancellationToken.None);
        return await SqliteSchemaMigrator.ReadVersionAsync(connection, null, CancellationToken.None);
    }
}
