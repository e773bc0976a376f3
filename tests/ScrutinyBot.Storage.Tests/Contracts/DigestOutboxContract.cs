using ScrutinyBot.Core.Digests;
using static ScrutinyBot.Storage.Tests.Contracts.DigestFixtures;

namespace ScrutinyBot.Storage.Tests.Contracts;

/// <summary>IDigestOutbox: a digest period queued once, claimed once, and the cursor moved only on a confirmed post.</summary>
public abstract class DigestOutboxContract : StoreContract
{
    private static readonly DateTimeOffset Period = new(2025, 1, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task EnqueueAsync_SamePeriodTwice_QueuesOnceAndMovesLastPeriod()
    {
        var subscription = await SubscribeAsync();

        var first = await Store.Outbox.EnqueueAsync(Entry(subscription, "p1", Period), Period, None);
        var second = await Store.Outbox.EnqueueAsync(Entry(subscription, "p1", Period.AddMinutes(1)), Period, None);

        Assert.True(first);
        Assert.False(second);
        var unsent = Assert.Single(await Store.Outbox.UnsentAsync(None));
        Assert.Equal(Period, unsent.CreatedAt);
        var read = await Store.Subscriptions.GetAsync(subscription.Id, None);
        Assert.Equal(Period, read!.LastPeriod);
        Assert.Null(read.LastDigestAt);
    }

    [Fact]
    public async Task EnqueueAsync_EmptyDigest_MovesCursor()
    {
        var subscription = await SubscribeAsync();

        await Store.Outbox.EnqueueAsync(Entry(subscription, "p1", Period, OutboxStatus.Empty), Period, None);

        Assert.Equal(Period, (await Store.Subscriptions.GetAsync(subscription.Id, None))!.LastDigestAt);
        Assert.Empty(await Store.Outbox.UnsentAsync(None));
    }

    [Fact]
    public async Task ClaimAsync_TwoClaimants_OnlyOneWins()
    {
        var subscription = await SubscribeAsync();
        await Store.Outbox.EnqueueAsync(Entry(subscription, "p1", Period), Period, None);
        await using var other = await Store.ReopenAsync(Clock);

        var claims = await Task.WhenAll(
            Store.Outbox.ClaimAsync(subscription.Id, "p1", Period, None),
            other.Outbox.ClaimAsync(subscription.Id, "p1", Period, None));

        Assert.Single(claims, c => c);
        var row = await Store.Outbox.FindAsync(subscription.Id, "p1", None);
        Assert.Equal((OutboxStatus.Sending, 1), (row!.Status, row.Attempts));
        Assert.Empty(await Store.Outbox.UnsentAsync(None));
    }

    [Fact]
    public async Task MarkSentAsync_MovesCursorToRowCreatedAtAndNeverBack()
    {
        var subscription = await SubscribeAsync();
        await Store.Outbox.EnqueueAsync(Entry(subscription, "late", Period.AddDays(1)), null, None);
        await Store.Outbox.EnqueueAsync(Entry(subscription, "early", Period), null, None);
        await Store.Outbox.ClaimAsync(subscription.Id, "late", Period.AddDays(1), None);
        await Store.Outbox.MarkSentAsync(subscription.Id, "late", "activity-1", Period.AddDays(1), None);

        await Store.Outbox.ClaimAsync(subscription.Id, "early", Period.AddDays(1), None);
        await Store.Outbox.MarkSentAsync(subscription.Id, "early", "activity-2", Period.AddDays(1), None);

        Assert.Equal(Period.AddDays(1), (await Store.Subscriptions.GetAsync(subscription.Id, None))!.LastDigestAt);
        var sent = await Store.Outbox.FindAsync(subscription.Id, "late", None);
        Assert.Equal((OutboxStatus.Sent, "activity-1", Period.AddDays(1)), (sent!.Status, sent.ActivityId, sent.SentAt));
        Assert.Equal(OutboxStatus.Sent, await Store.Outbox.LastSettledStatusAsync(subscription.Id, None));
    }

    [Fact]
    public async Task MarkAsync_Failed_IsUnsentAgainAndClaimableOnce()
    {
        var subscription = await SubscribeAsync();
        await Store.Outbox.EnqueueAsync(Entry(subscription, "p1", Period), Period, None);
        await Store.Outbox.ClaimAsync(subscription.Id, "p1", Period, None);

        await Store.Outbox.MarkAsync(subscription.Id, "p1", OutboxStatus.Failed, "503", None);

        var row = Assert.Single(await Store.Outbox.UnsentAsync(None));
        Assert.Equal(("503", OutboxStatus.Failed), (row.LastError, row.Status));
        Assert.True(await Store.Outbox.ClaimAsync(subscription.Id, "p1", Period, None));
        Assert.Equal(2, (await Store.Outbox.FindAsync(subscription.Id, "p1", None))!.Attempts);
        Assert.Null(await Store.Outbox.LastSettledStatusAsync(subscription.Id, None));
    }

    [Fact]
    public async Task ReleaseExpiredClaimsAsync_ClaimPastItsLease_IsClaimableOnceAgainAndKeepsItsAttempts()
    {
        var subscription = await SubscribeAsync();
        await Store.Outbox.EnqueueAsync(Entry(subscription, "old", Period), null, None);
        await Store.Outbox.EnqueueAsync(Entry(subscription, "new", Period), null, None);
        await Store.Outbox.ClaimAsync(subscription.Id, "old", Period, None);
        await Store.Outbox.ClaimAsync(subscription.Id, "new", Period.AddHours(1), None);

        var released = await Store.Outbox.ReleaseExpiredClaimsAsync(Period.AddMinutes(30), None);

        Assert.Equal(1, released);
        var row = Assert.Single(await Store.Outbox.UnsentAsync(None));
        Assert.Equal(("old", OutboxStatus.Pending, 1, OutboxLease.TakenOver), (row.Period, row.Status, row.Attempts, row.LastError));
        Assert.Equal(OutboxStatus.Sending, (await Store.Outbox.FindAsync(subscription.Id, "new", None))!.Status);
        Assert.True(await Store.Outbox.ClaimAsync(subscription.Id, "old", Period.AddMinutes(31), None));
        Assert.False(await Store.Outbox.ClaimAsync(subscription.Id, "old", Period.AddMinutes(31), None));
        Assert.Equal(2, (await Store.Outbox.FindAsync(subscription.Id, "old", None))!.Attempts);
        Assert.Null(await Store.Outbox.LastSettledStatusAsync(subscription.Id, None));
    }

    [Fact]
    public async Task ReleaseExpiredClaimsAsync_SentOrUnknownRows_AreNeverTakenBack()
    {
        var subscription = await SubscribeAsync();
        await Store.Outbox.EnqueueAsync(Entry(subscription, "sent", Period), null, None);
        await Store.Outbox.EnqueueAsync(Entry(subscription, "unknown", Period), null, None);
        await Store.Outbox.ClaimAsync(subscription.Id, "sent", Period, None);
        await Store.Outbox.ClaimAsync(subscription.Id, "unknown", Period, None);
        await Store.Outbox.MarkSentAsync(subscription.Id, "sent", "activity-1", Period, None);
        await Store.Outbox.MarkAsync(subscription.Id, "unknown", OutboxStatus.Unknown, "timeout", None);

        var released = await Store.Outbox.ReleaseExpiredClaimsAsync(Period.AddDays(1), None);

        Assert.Equal(0, released);
        Assert.Empty(await Store.Outbox.UnsentAsync(None));
    }

    [Fact]
    public async Task UnsentAsync_Payload_RoundTripsTargetAndDigest()
    {
        var subscription = await SubscribeAsync();
        var entry = Entry(subscription, "p1", Period) with
        {
            Digest = new Digest(new DateOnly(2025, 1, 7), [new DigestResolutionLine("Audit Committee", new DateOnly(2025, 1, 6), "2025/1", "Budget", "Resolved to note.", "a.pdf", 3)], [], [], [], true),
        };
        await Store.Outbox.EnqueueAsync(entry, Period, None);

        var read = Assert.Single(await Store.Outbox.UnsentAsync(None));

        Assert.Equal(subscription.Target, read.Target);
        Assert.Equal(entry.Digest.NewResolutions, read.Digest.NewResolutions);
        Assert.True(read.Digest.PreviousMayHaveBeenPosted);
    }

    private async Task<Subscription> SubscribeAsync()
    {
        var subscription = Subscription("s1", "c1");
        await Store.Subscriptions.SaveAsync(subscription, None);
        return subscription;
    }
}
