namespace ScrutinyBot.Host.Tests.Ingestion;

public sealed class StorageProviderTests
{
    [Fact]
    public void Startup_UnknownStorageProvider_FailsListingValidNames()
    {
        using var sut = new IngestionHostFactory(new() { ["Storage:Provider"] = "Oracle" });

        var ex = Record.Exception(() => sut.Services);

        Assert.NotNull(ex);
        Assert.True(ex.ToString().Contains("Storage:Provider", StringComparison.Ordinal), ex.ToString());
        Assert.Contains("Sqlite", ex.ToString(), StringComparison.Ordinal);
    }
}
