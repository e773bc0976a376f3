using ScrutinyBot.Storage.Tests.Contracts;
using ScrutinyBot.Storage.Tests.Engines;

namespace ScrutinyBot.Storage.Tests.Sqlite;

public sealed class SqliteSourceLeaseStoreTests : SourceLeaseStoreContract
{
    protected override Task<StoreUnderTest> OpenStoreAsync(TimeProvider clock) => SqliteStoreUnderTest.OpenAsync(clock);
}
