using ScrutinyBot.Host.Cli;
using ScrutinyBot.Host.Tests.Ingestion;

namespace ScrutinyBot.Host.Tests.Sources;

public sealed class SourcesVerbTests
{
    [Fact]
    public async Task Status_NoSitesConfigured_SaysHowToAddOne()
    {
        using var sut = new IngestionHostFactory();

        var (code, output) = await sut.RunAsync("sources", "status");

        Assert.Equal(0, code);
        Assert.StartsWith("No sources configured: add a site under Sources:ModernGov:Sites", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_UnknownSite_UsageErrorNamingTheConfiguredSites()
    {
        using var sut = new IngestionHostFactory(new Dictionary<string, string?>
        {
            ["Sources:ModernGov:Sites:0:Name"] = "kent",
            ["Sources:ModernGov:Sites:0:BaseUrl"] = "http://127.0.0.1:9/",
            ["Sources:ModernGov:Sites:0:PollInterval"] = "1.00:00:00",
        });

        var ex = await Assert.ThrowsAsync<CliUsageException>(() => sut.RunAsync("sources", "sync", "--site", "medway"));

        Assert.Equal("no site named 'medway'; configured: kent.", ex.Message);
    }
}
