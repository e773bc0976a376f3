using ScrutinyBot.Core.Digests;
using static ScrutinyBot.Storage.Tests.Contracts.DigestFixtures;

namespace ScrutinyBot.Storage.Tests.Contracts;

/// <summary>ISubscriptionStore: one subscription per conversation, with its schedule and cursors.</summary>
public abstract class SubscriptionStoreContract : StoreContract
{
    [Theory]
    [InlineData(DigestCadence.Daily, null, null)]
    [InlineData(DigestCadence.Weekly, DayOfWeek.Friday, null)]
    [InlineData(DigestCadence.Monthly, null, 28)]
    public async Task SaveAsync_ThenGet_ReturnsTheSameSubscription(DigestCadence cadence, DayOfWeek? weekday, int? day)
    {
        var schedule = new DigestSchedule(cadence, new TimeOnly(7, 45), weekday, day);
        var saved = Subscription("s1", "c1", schedule) with
        {
            LastDigestAt = new DateTimeOffset(2025, 1, 7, 9, 0, 0, TimeSpan.Zero),
            LastPeriod = new DateTimeOffset(2025, 1, 7, 7, 45, 0, TimeSpan.Zero),
        };

        await Store.Subscriptions.SaveAsync(saved, None);

        var read = await Store.Subscriptions.GetAsync("s1", None);
        Assert.NotNull(read);
        Assert.Equal(saved.Schedule, read.Schedule);
        Assert.Equal(saved.Committees, read.Committees);
        Assert.Equal((saved.LastDigestAt, saved.LastPeriod, saved.CreatedAt, saved.ReferenceJson), (read.LastDigestAt, read.LastPeriod, read.CreatedAt, read.ReferenceJson));
    }

    [Fact]
    public async Task SaveAsync_SameId_ReplacesAndFindsByConversation()
    {
        await Store.Subscriptions.SaveAsync(Subscription("s1", "c1"), None);

        await Store.Subscriptions.SaveAsync(Subscription("s1", "c1") with { Committees = [] }, None);

        var found = await Store.Subscriptions.FindByConversationAsync("c1", None);
        Assert.Empty(found!.Committees);
        Assert.Single(await Store.Subscriptions.ListAsync(None));
        Assert.Null(await Store.Subscriptions.FindByConversationAsync("c2", None));
    }

    [Fact]
    public async Task PauseAsync_Reason_IsKept()
    {
        await Store.Subscriptions.SaveAsync(Subscription("s1", "c1"), None);

        await Store.Subscriptions.PauseAsync("s1", "bot removed", None);

        Assert.Equal("bot removed", (await Store.Subscriptions.GetAsync("s1", None))!.PausedReason);
    }

    [Fact]
    public async Task DeleteByConversationAsync_RemovesSubscriptionAndUnsentDigestsButKeepsSentOnes()
    {
        var subscription = Subscription("s1", "c1");
        await Store.Subscriptions.SaveAsync(subscription, None);
        await Store.Outbox.EnqueueAsync(Entry(subscription, "p1", Created.AddDays(1)), null, None);
        await Store.Outbox.EnqueueAsync(Entry(subscription, "p2", Created.AddDays(2)), null, None);
        await Store.Outbox.ClaimAsync("s1", "p1", Created.AddDays(1), None);
        await Store.Outbox.MarkSentAsync("s1", "p1", "a1", Created.AddDays(1), None);

        var removed = await Store.Subscriptions.DeleteByConversationAsync("c1", None);

        Assert.True(removed);
        Assert.Empty(await Store.Subscriptions.ListAsync(None));
        Assert.Empty(await Store.Outbox.UnsentAsync(None));
        Assert.Equal(OutboxStatus.Sent, (await Store.Outbox.FindAsync("s1", "p1", None))?.Status);
        Assert.False(await Store.Subscriptions.DeleteByConversationAsync("c1", None));
    }

    [Fact]
    public async Task ListAsync_Several_OldestFirst()
    {
        await Store.Subscriptions.SaveAsync(Subscription("b", "c2") with { CreatedAt = Created.AddHours(1) }, None);
        await Store.Subscriptions.SaveAsync(Subscription("a", "c1"), None);

        Assert.Equal(["a", "b"], (await Store.Subscriptions.ListAsync(None)).Select(s => s.Id));
    }
}
