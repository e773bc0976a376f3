using ScrutinyBot.Teams.Tests.App.Fakes;

namespace ScrutinyBot.Teams.Tests.App.Commands;

/// <summary>subscribe, unsubscribe, subscriptions and digest now pass the conversation to the digests feature.</summary>
public sealed class SubscriptionCommandsTests
{
    private readonly CommandTableFactory _factory = new();

    [Theory]
    [InlineData("subscribe", "weekly at 09:00 CYP", "subscribe weekly at 09:00 CYP")]
    [InlineData("unsubscribe", "", "unsubscribe conv-1")]
    [InlineData("subscriptions", "", "list conv-1")]
    [InlineData("digest now", "", "now conv-1")]
    public async Task ExecuteAsync_Command_CallsDigestsAndShowsReply(string name, string arguments, string expectedCall)
    {
        var sut = _factory.Create().Find(name)!;

        var reply = await sut.ExecuteAsync(CommandTableFactory.Request(arguments), CancellationToken.None);

        Assert.Equal([expectedCall], _factory.Subscriptions.Calls);
        Assert.Equal($"Done: {expectedCall}", reply.Summary);
        Assert.Contains("line one", CardInspector.AllText(reply.Card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("subscribe")]
    [InlineData("digest now")]
    public async Task ExecuteAsync_PostingCommand_PassesConversationReference(string name)
    {
        var sut = _factory.Create().Find(name)!;

        await sut.ExecuteAsync(CommandTableFactory.Request(""), CancellationToken.None);

        var target = Assert.Single(_factory.Subscriptions.Targets);
        Assert.Equal("conv-1", target.ConversationId);
        Assert.Contains("conv-1", target.ReferenceJson, StringComparison.Ordinal);
    }
}
