using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Storage.Tests.Engines;

namespace ScrutinyBot.Storage.Tests.MultiInstance;

/// <summary>Two bot instances on one PostgreSQL database: every due digest period is posted exactly once, whichever
/// instance's scheduler fires, even when one instance dies mid-run.</summary>
public sealed class TwoInstanceDigestTests : IAsyncLifetime
{
    private const int Subscriptions = 20;
    private static readonly DateTimeOffset Created = new(2025, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = new(2025, 3, 3, 9, 5, 0, TimeSpan.Zero); // after Monday's 09:00 digests

    private string _database = string.Empty;

    public async Task InitializeAsync() => _database = await PostgresTestServer.CreateDatabaseAsync();

    public async Task DisposeAsync() => await PostgresTestServer.DropDatabaseAsync(_database);

    [Fact]
    public async Task Schedulers_BothDueAtOnceAndOneKilledMidRun_PostEveryDigestExactlyOnce()
    {
        var log = new PostLog();
        using var survivor = new PostgresInstanceFactory("B", _database, Due, log);
        var dying = new PostgresInstanceFactory("A", _database, Due, log, dieAtClaim: 6);
        try
        {
            await SubscribeAsync(survivor.Services.GetRequiredService<ISubscriptionStore>());

            // A's scheduler runs as it starts; B's fires while A is mid-run, over the same due periods.
            _ = Task.Run(() => dying.Services);
            await WaitForOutbox(dying).Claiming.Task.WaitAsync(TimeSpan.FromSeconds(60));
            survivor.Time.Advance(TimeSpan.FromSeconds(60));
            await dying.Outbox!.Died.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            dying.Dispose(); // killed: it never touches the store again
        }

        for (var tick = 0; tick < 60 && log.Posts.Count < Subscriptions; tick++)
        {
            survivor.Time.Advance(TimeSpan.FromSeconds(60));
            await Task.Delay(250);
        }

        var posts = log.Posts.ToList();
        Assert.Equal(Subscriptions, posts.Count);
        Assert.Equal(Subscriptions, posts.Select(p => p.ConversationId).Distinct().Count());
        Assert.Contains(posts, p => p.Instance == "A");
        Assert.Contains(posts, p => p.Instance == "B");
        var outbox = survivor.Services.GetRequiredService<IDigestOutbox>();
        Assert.Empty(await outbox.UnsentAsync(CancellationToken.None));
        foreach (var subscription in await survivor.Services.GetRequiredService<ISubscriptionStore>().ListAsync(CancellationToken.None))
        {
            Assert.NotNull(subscription.LastDigestAt);
        }
    }

    private static DyingOutbox WaitForOutbox(PostgresInstanceFactory instance)
    {
        SpinWait.SpinUntil(() => instance.Outbox is not null, TimeSpan.FromSeconds(60));
        return instance.Outbox ?? throw new TimeoutException("Instance A did not start its digest run.");
    }

    private static async Task SubscribeAsync(ISubscriptionStore store)
    {
        for (var i = 0; i < Subscriptions; i++)
        {
            var conversation = $"conversation-{i:00}";
            await store.SaveAsync(new Subscription($"sub-{i:00}", conversation, "{\"conversation\":{\"id\":\"" + conversation + "\"}}",
                DigestSchedule.Default, [], null, null, null, Created), CancellationToken.None);
        }
    }
}
