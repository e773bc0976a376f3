using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Host.Tests.Digests;

public sealed class DigestSchedulerServiceTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Serve_ClockPassesNineLocal_PostsOnTheNextTick()
    {
        using var sut = new DigestHostFactory(Now, SampleFacts.Tracker());
        var commands = sut.Services.GetRequiredService<ISubscriptionCommands>();
        await commands.SubscribeAsync(new DigestTarget("conv-1", "{}"), "daily at 09:00", CancellationToken.None);

        sut.Time.Advance(TimeSpan.FromHours(21) - TimeSpan.FromMinutes(1));
        var early = await sut.Poster.WaitForAsync(1, timeoutMs: 1000);
        sut.Time.Advance(TimeSpan.FromMinutes(2));

        Assert.False(early, "posted before 09:00");

        Assert.True(await sut.Poster.WaitForAsync(1), "no digest posted");
        Assert.Single(sut.Poster.Posts);
    }

    [Fact]
    public async Task Serve_RunThrows_LoggedAndNextTickStillPosts()
    {
        var failures = 0;
        using var sut = new DigestHostFactory(Now, SampleFacts.Tracker())
        {
            WrapOutbox = inner => new ThrowingOutbox(inner, () => Interlocked.Increment(ref failures) <= 2),
        };
        var commands = sut.Services.GetRequiredService<ISubscriptionCommands>();
        await commands.SubscribeAsync(new DigestTarget("conv-1", "{}"), "daily at 09:00", CancellationToken.None);

        for (var i = 0; i < 4 && sut.Poster.Posts.IsEmpty; i++)
        {
            sut.Time.Advance(TimeSpan.FromDays(1));
            await sut.Poster.WaitForAsync(1, timeoutMs: 2000);
        }

        Assert.Single(sut.Poster.Posts);
        Assert.True(failures >= 2);
    }

    [Fact]
    public async Task RunEndpoint_FromLoopback_RunsSchedulerNow()
    {
        using var sut = new DigestHostFactory(Now, SampleFacts.Tracker(), pollSeconds: 86_400);
        using var client = sut.CreateClient();
        await sut.Services.GetRequiredService<ISubscriptionCommands>()
            .SubscribeAsync(new DigestTarget("conv-1", "{}"), "daily at 09:00", CancellationToken.None);
        sut.Time.Advance(TimeSpan.FromHours(22));

        using var response = await client.PostAsync(new Uri("/api/digests/run", UriKind.Relative), OperatorRequests.EmptyJson());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"posted\":1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(sut.Poster.Posts);
    }

    [Fact]
    public async Task RunEndpoint_ForceRightAfterSubscribing_PostsNow()
    {
        using var sut = new DigestHostFactory(Now, SampleFacts.Tracker(), pollSeconds: 86_400);
        using var client = sut.CreateClient();
        await sut.Services.GetRequiredService<ISubscriptionCommands>()
            .SubscribeAsync(new DigestTarget("conv-1", "{}"), "daily at 09:00", CancellationToken.None);

        using var notDue = await client.PostAsync(new Uri("/api/digests/run", UriKind.Relative), OperatorRequests.EmptyJson());
        using var forced = await client.PostAsync(new Uri("/api/digests/run?force=true", UriKind.Relative), OperatorRequests.EmptyJson());

        Assert.Contains("\"posted\":0", await notDue.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("\"posted\":1", await forced.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("conv-1", Assert.Single(sut.Poster.Posts).Target.ConversationId);
    }

    [Fact]
    public async Task RunEndpoint_FromElsewhereOrForwarded_NotFound()
    {
        using var sut = new DigestHostFactory(Now, SampleFacts.Tracker()) { RemoteAddress = IPAddress.Parse("10.1.2.3") };
        using var client = sut.CreateClient();

        using var remote = await client.PostAsync(new Uri("/api/digests/run", UriKind.Relative), OperatorRequests.EmptyJson());
        sut.RemoteAddress = IPAddress.Loopback;
        using var forwarded = new HttpRequestMessage(HttpMethod.Post, "/api/digests/run") { Content = OperatorRequests.EmptyJson() };
        forwarded.Headers.Add("X-Forwarded-For", "203.0.113.9");
        using var viaProxy = await client.SendAsync(forwarded);

        Assert.Equal(HttpStatusCode.NotFound, remote.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaProxy.StatusCode);
    }
}
