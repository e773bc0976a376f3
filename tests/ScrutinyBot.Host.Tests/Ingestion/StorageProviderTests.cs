namespace ScrutinyBot.Host.Tests.Ingestion;

public sealed class StorageProviderTests
{
    [Fact]
    public void Startup_UnknownStorageProvider_FailsListingValidNames()
    {
        using var sut = new IngestionHostFactory(new() { ["Storage:Provider"] = "Oracle" });

        var ex = Record.Exception(() => sut.Services);

        Assert.NotNull(ex);
        Assert.Contains("Storage:Provider", ex.ToString(), StringComparison.Ordinal);
        Assert.Contains("Sqlite", ex.ToString(), StringComparison.Ordinal);
    }
}
