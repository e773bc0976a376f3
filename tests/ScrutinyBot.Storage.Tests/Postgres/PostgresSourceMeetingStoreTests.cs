using ScrutinyBot.Storage.Tests.Contracts;
using ScrutinyBot.Storage.Tests.Engines;

namespace ScrutinyBot.Storage.Tests.Postgres;

public sealed class PostgresSourceMeetingStoreTests : SourceMeetingStoreContract
{
    protected override Task<StoreUnderTest> OpenStoreAsync(TimeProvider clock) => PostgresStoreUnderTest.OpenAsync(clock);
}
