namespace ScrutinyBot.Core.Tests.Digests;

public sealed class SubscriptionCommandsTests
{
    [Fact]
    public async Task SubscribeAsync_Alone_DailyAtNineWithNextRunInLondonTime()
    {
        using var harness = new DigestHarness(new DateTimeOffset(2026, 3, 28, 12, 0, 0, TimeSpan.Zero));

        var reply = await harness.SubscribeAsync("");
        var list = await harness.Commands.ListAsync("conv-1", CancellationToken.None);

        Assert.True(reply.Succeeded);
        Assert.Contains(list.Lines, l => l.Contains("daily at 09:00 (Europe/London)", StringComparison.Ordinal));
        Assert.Contains("Next digest: Sun 29 Mar 2026 09:00 Europe/London (UTC+01:00).", list.Lines);
        Assert.Contains("Committees: all.", list.Lines);
    }

    [Fact]
    public async Task SubscribeAsync_Twice_UpdatesTheOneSubscription()
    {
        using var harness = new DigestHarness(new DateTimeOffset(2025, 1, 14, 12, 0, 0, TimeSpan.Zero));

        await harness.SubscribeAsync("daily");
        var second = await harness.SubscribeAsync("weekly on friday CYP");
        var all = await harness.Subscriptions.ListAsync(CancellationToken.None);

        Assert.Equal("Digest subscription updated", second.Title);
        Assert.Single(all);
        Assert.Equal(["CYP"], all[0].Committees);
    }

    [Fact]
    public async Task SubscribeAsync_BadTime_NotSubscribedWithUsage()
    {
        using var harness = new DigestHarness(new DateTimeOffset(2025, 1, 14, 12, 0, 0, TimeSpan.Zero));

        var reply = await harness.SubscribeAsync("daily at 26:00");

        Assert.False(reply.Succeeded);
        Assert.Contains(reply.Lines, l => l.StartsWith("Usage:", StringComparison.Ordinal));
        Assert.Empty(await harness.Subscriptions.ListAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ListAsync_NoSubscription_SaysHowToSubscribe()
    {
        using var harness = new DigestHarness(new DateTimeOffset(2025, 1, 14, 12, 0, 0, TimeSpan.Zero));

        var reply = await harness.Commands.ListAsync("conv-x", CancellationToken.None);

        Assert.Equal("No digest subscription", reply.Title);
    }
}
