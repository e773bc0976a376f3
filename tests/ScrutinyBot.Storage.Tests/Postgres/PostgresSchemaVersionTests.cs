using Npgsql;
using ScrutinyBot.Storage.Postgres;
using ScrutinyBot.Storage.Tests.Contracts;
using ScrutinyBot.Storage.Tests.Engines;

namespace ScrutinyBot.Storage.Tests.Postgres;

public sealed class PostgresSchemaVersionTests : SchemaVersionContract
{
    protected override int NewestVersion => PostgresSchemaMigrator.NewestVersion;

    protected override Task<StoreUnderTest> OpenStoreAsync(TimeProvider clock) => PostgresStoreUnderTest.OpenAsync(clock);

    protected override async Task<int> ReadVersionAsync(StoreUnderTest store)
    {
        await using var connection = new NpgsqlConnection(((PostgresStoreUnderTest)store).ConnectionString);
        await connection.OpenAsync();
        return await PostgresSchemaMigrator.ReadVersionAsync(connection, CancellationToken.None);
    }
}
