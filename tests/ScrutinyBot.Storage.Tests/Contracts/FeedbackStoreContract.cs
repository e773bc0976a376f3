using ScrutinyBot.Teams.App.Feedback;

namespace ScrutinyBot.Storage.Tests.Contracts;

/// <summary>IFeedbackStore: votes on answers, per conversation, oldest first.</summary>
public abstract class FeedbackStoreContract : StoreContract
{
    [Fact]
    public async Task ListAsync_AfterVotes_ReturnsThatConversationsInOrder()
    {
        await Store.Feedback.SaveAsync(new FeedbackVote("c1", "a1", "u1", "helpful", "who chaired?", null), None);
        await Store.Feedback.SaveAsync(new FeedbackVote("c2", null, null, "helpful", null, null), None);
        await Store.Feedback.SaveAsync(new FeedbackVote("c1", null, "u2", "not-helpful", null, "wrong date"), None);

        var votes = await Store.Feedback.ListAsync("c1", None);

        Assert.Equal(
            [new FeedbackVote("c1", "a1", "u1", "helpful", "who chaired?", null), new FeedbackVote("c1", null, "u2", "not-helpful", null, "wrong date")],
            votes);
    }

    [Fact]
    public async Task SaveAsync_LongComment_IsCutTo2000Characters()
    {
        await Store.Feedback.SaveAsync(new FeedbackVote("c1", null, null, "not-helpful", null, new string('x', 5000)), None);

        Assert.Equal(2000, Assert.Single(await Store.Feedback.ListAsync("c1", None)).Comment!.Length);
    }
}
