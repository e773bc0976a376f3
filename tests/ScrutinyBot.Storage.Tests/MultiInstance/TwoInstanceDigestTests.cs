using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Storage.Tests.Engines;

namespace ScrutinyBot.Storage.Tests.MultiInstance;

/// <summary>Two bot instances on one PostgreSQL database: every due digest period is posted exactly once, whichever
/// instance's scheduler fires, even when one instance dies mid-run, before a claim or holding one mid-post.</summary>
public sealed class TwoInstanceDigestTests : IAsyncLifetime
{
    private const int Subscriptions = 20;
    private static readonly DateTimeOffset Created = new(2025, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Due = new(2025, 3, 3, 9, 5, 0, TimeSpan.Zero); // after Monday's 09:00 digests

    private string _database = string.Empty;

    public async Task InitializeAsync() => _database = await PostgresTestServer.CreateDatabaseAsync();

    public async Task DisposeAsync() => await PostgresTestServer.DropDatabaseAsync(_database);

    [Fact]
    public async Task Schedulers_BothDueAtOnceAndOneKilledBeforeItsNextClaim_PostEveryDigestExactlyOnce()
    {
        var log = new PostLog();
        using var survivor = new PostgresInstanceFactory("B", _database, Due, log);
        var dying = new PostgresInstanceFactory("A", _database, Due, log, dieAtClaim: 6);
        try
        {
            await SubscribeAfterTheStartRunAsync(survivor);

            // A's scheduler runs as it starts; B's fires while A is mid-run, over the same due periods.
            var starting = Task.Run(() => dying.Services);
            await FirstOf(WaitForOutbox(dying).Claiming.Task, starting, "claim");
            survivor.Time.Advance(TimeSpan.FromSeconds(60));
            await dying.Outbox!.Died.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        finally
        {
            dying.Dispose(); // killed: it never touches the store again
        }

        // A may post up to five before it dies, or none: B, running the same periods in the same order, can win every
        // claim A tries. Either way each period is posted once and B posts the rest.
        var posts = await PostsOnceEachAsync(survivor, log);
        Assert.True(posts.Count(p => p.Instance == "B") >= Subscriptions - 5, string.Join(", ", posts));
        var outbox = survivor.Services.GetRequiredService<IDigestOutbox>();
        Assert.Empty(await outbox.UnsentAsync(CancellationToken.None));
        foreach (var subscription in await survivor.Services.GetRequiredService<ISubscriptionStore>().ListAsync(CancellationToken.None))
        {
            Assert.NotNull(subscription.LastDigestAt);
        }
    }

    [Fact]
    public async Task Schedulers_BothDueAtOnceAndOneKilledMidPostHoldingAClaim_SurvivorTakesItOverAfterTheLease()
    {
        var log = new PostLog();
        using var survivor = new PostgresInstanceFactory("B", _database, Due, log);
        var dying = new PostgresInstanceFactory("A", _database, Due, log, hangAtPost: 6);
        string held;
        try
        {
            await SubscribeAfterTheStartRunAsync(survivor);

            // A's scheduler runs as it starts; B's fires while A is mid-run, over the same due periods.
            var starting = Task.Run(() => dying.Services);
            await FirstOf(dying.Poster!.Posting.Task, starting, "post");
            survivor.Time.Advance(TimeSpan.FromSeconds(60));

            // On a busy machine B, running the same periods in the same order, can win every claim A tries after its
            // first posts, so A never reaches the post it dies in: then no claim is left held, and what remains to
            // check is that each period was posted once.
            using var hung = new CancellationTokenSource();
            var allPosted = AllPostedAsync(log, TimeSpan.FromSeconds(120), hung.Token);
            if (await Task.WhenAny(dying.Poster.Hung.Task, allPosted) != dying.Poster.Hung.Task)
            {
                await allPosted;
                Assert.Equal(Subscriptions, log.Posts.Select(p => p.ConversationId).Distinct().Count());
                return;
            }

            await hung.CancelAsync();
            held = await dying.Poster.Hung.Task;
        }
        finally
        {
            dying.Dispose(); // killed mid-post: Teams never had that post, and A never touches the store again
        }

        var outbox = survivor.Services.GetRequiredService<IDigestOutbox>();
        var claimed = await outbox.FindAsync("sub-" + held[^2..], "2025-03-03T09:00:00Z", CancellationToken.None);
        Assert.Equal(OutboxStatus.Sending, claimed!.Status);
        var posts = await PostsOnceEachAsync(survivor, log);
        Assert.Equal("B", Assert.Single(posts, p => p.ConversationId == held).Instance);
        Assert.Contains(posts, p => p.Instance == "A");
        Assert.Empty(await outbox.UnsentAsync(CancellationToken.None));
        var taken = await outbox.FindAsync(claimed.SubscriptionId, claimed.Period, CancellationToken.None);
        Assert.Equal((OutboxStatus.Sent, 2), (taken!.Status, taken.Attempts));
    }

    /// <summary>Lets the survivor's scheduler run a minute at a time until every subscription is posted (or an hour
    /// has passed), and checks each conversation got exactly one post.</summary>
    private static async Task<List<(string Instance, string ConversationId)>> PostsOnceEachAsync(PostgresInstanceFactory survivor, PostLog log)
    {
        for (var tick = 0; tick < 60 && log.Posts.Count < Subscriptions; tick++)
        {
            survivor.Time.Advance(TimeSpan.FromSeconds(60));
            await Task.Delay(250);
        }

        var posts = log.Posts.ToList();
        Assert.Equal(Subscriptions, posts.Count);
        Assert.Equal(Subscriptions, posts.Select(p => p.ConversationId).Distinct().Count());
        return posts;
    }

    /// <summary>Completes when every subscription has been posted, or when <paramref name="stop"/> is cancelled; throws
    /// when neither happens within <paramref name="limit"/>.</summary>
    private static async Task AllPostedAsync(PostLog log, TimeSpan limit, CancellationToken stop)
    {
        var until = DateTime.UtcNow + limit;
        while (log.Posts.Count < Subscriptions && !stop.IsCancellationRequested)
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Instance A never hung and only {log.Posts.Count} of {Subscriptions} were posted.");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>Waits (up to two minutes, for a busy CI machine) for instance A's first claim or post; if A's start
    /// failed instead, that failure is what the test reports, not a bare timeout.</summary>
    private static async Task FirstOf(Task signal, Task<IServiceProvider> starting, string what)
    {
        var first = await Task.WhenAny(signal, Task.Delay(TimeSpan.FromSeconds(120)));
        if (first != signal)
        {
            throw new TimeoutException($"Instance A did not {what} within 2 minutes; its start is {starting.Status}.", starting.Exception);
        }
    }

    private static DyingOutbox WaitForOutbox(PostgresInstanceFactory instance)
    {
        SpinWait.SpinUntil(() => instance.Outbox is not null, TimeSpan.FromSeconds(60));
        return instance.Outbox ?? throw new TimeoutException("Instance A did not start its digest run.");
    }

    /// <summary>Subscribes once the survivor's scheduler has run at start and found nothing: a start run still reading
    /// while the subscriptions are written would post some of them before instance A starts.</summary>
    private static async Task SubscribeAfterTheStartRunAsync(PostgresInstanceFactory survivor)
    {
        var store = survivor.Services.GetRequiredService<ISubscriptionStore>();
        await survivor.Subscriptions!.FirstListed.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await SubscribeAsync(store);
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
