using ScrutinyBot.Storage.Tests.Contracts;
using ScrutinyBot.Storage.Tests.Engines;

namespace ScrutinyBot.Storage.Tests.AzureAISearch;

public sealed class AzureAISearchSearchIndexTests : SearchIndexContract
{
    protected override Task<StoreUnderTest> OpenStoreAsync(TimeProvider clock) => AzureAISearchStoreUnderTest.OpenAsync(clock);
}
