using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Core.Sources;
using ScrutinyBot.Core.Sources.ModernGov;
using ScrutinyBot.Host.Sources;

namespace ScrutinyBot.Host.Tests.Sources;

public sealed class SourcePollingServiceTests
{
    [Fact]
    public async Task Execute_SiteConfigured_SyncsAtStartAndAgainAfterTheJitteredInterval()
    {
        var source = new CountingSource("kent", failFirst: true);
        var time = new FakeTimeProvider();
        var options = new ModernGovOptions { Sites = { new ModernGovSiteOptions { Name = "kent", BaseUrl = "https://x.example", PollInterval = TimeSpan.FromHours(1) } } };
        using var sut = new SourcePollingService(new SourceCatalog([source]), Options.Create(options), time, NullLogger<SourcePollingService>.Instance);

        await sut.StartAsync(CancellationToken.None);
        await WaitForAsync(() => source.Syncs == 1);
        time.Advance(TimeSpan.FromMinutes(53));
        await Task.Delay(50);
        var beforeInterval = source.Syncs;
        time.Advance(TimeSpan.FromMinutes(14));
        await WaitForAsync(() => source.Syncs == 2);
        await sut.StopAsync(CancellationToken.None);

        Assert.Equal(1, beforeInterval);
        Assert.Equal(2, source.Syncs);
    }

    [Fact]
    public async Task Execute_NoSites_NeverSyncs()
    {
        var time = new FakeTimeProvider();
        using var sut = new SourcePollingService(new SourceCatalog([]), Options.Create(new ModernGovOptions()), time, NullLogger<SourcePollingService>.Instance);

        await sut.StartAsync(CancellationToken.None);

        await sut.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(sut.ExecuteTask.IsCompletedSuccessfully);
        await sut.StopAsync(CancellationToken.None);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }
    }
}
