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

        // A minute at a time, with a pause for the service to set its timer: one jump of fake time taken before the
        // timer exists (a busy machine) would be lost and the second sync never come.
        var minutes = 0;
        while (source.Syncs == 1 && minutes < 120)
        {
            await Task.Delay(20);
            time.Advance(TimeSpan.FromMinutes(1));
            minutes++;
            await WaitForAsync(() => source.Syncs > 1, tries: 4);
        }

        await sut.StopAsync(CancellationToken.None);

        Assert.Equal(2, source.Syncs);
        Assert.InRange(minutes, 54, 67); // an hour, jittered by up to a tenth either way
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

    private static async Task WaitForAsync(Func<bool> condition, int tries = 200)
    {
        for (var i = 0; i < tries && !condition(); i++)
        {
            await Task.Delay(25);
        }
    }
}
