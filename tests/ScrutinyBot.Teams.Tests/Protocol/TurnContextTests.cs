using ScrutinyBot.Teams.Protocol;
using ScrutinyBot.Teams.Tests.TestSupport;

namespace ScrutinyBot.Teams.Tests.Protocol;

public sealed class TurnContextTests
{
    private readonly RecordingConnectorClient _connector = new();

    [Fact]
    public async Task SendActivityAsync_Reply_PostsReplyToInboundActivity()
    {
        var sut = new TurnContext(Activities.Message(), _connector);

        var response = await sut.SendTextAsync("answer", default);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal(("reply", Activities.ServiceUrl, "a:personal-1", "in-1"), (call.Call, call.ServiceUrl, call.ConversationId, call.ActivityId));
        Assert.Equal("sent-1", response.Id);
        Assert.True(sut.Responded);
    }

    [Fact]
    public async Task SendActivityAsync_BareActivity_FillsAddressingAndSendsToConversation()
    {
        var sut = new TurnContext(Activities.Message(), _connector);

        await sut.SendActivityAsync(Activity.CreateTypingActivity(), default);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal("send", call.Call);
        Assert.Equal("28:bot", call.Activity!.From!.Id);
        Assert.Equal("29:user", call.Activity.Recipient!.Id);
        Assert.Equal("a:personal-1", call.Activity.Conversation!.Id);
    }

    [Fact]
    public async Task SendActivityAsync_InvokeResponse_CollectedNotSent()
    {
        var sut = new TurnContext(Activities.Message(), _connector);

        await sut.SendInvokeResponseAsync(new InvokeResponse(200, new { statusCode = 200, value = "ok" }), default);

        Assert.Empty(_connector.Calls);
        Assert.Equal(200, sut.InvokeResponse!.Status);
        Assert.Contains("\"value\":\"ok\"", System.Text.Json.JsonSerializer.Serialize(sut.InvokeResponse.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendActivityAsync_ExpectReplies_BuffersInsteadOfSending()
    {
        var inbound = Activities.Message();
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;
        var sut = new TurnContext(inbound, _connector);

        await sut.SendTextAsync("one", default);
        await sut.SendTextAsync("two", default);

        Assert.Empty(_connector.Calls);
        Assert.Equal(["one", "two"], sut.BufferedReplies.Select(a => a.Text));
    }

    [Fact]
    public async Task UpdateActivityAsync_WithId_PutsActivity()
    {
        var sut = new TurnContext(Activities.Message(), _connector);

        await sut.UpdateActivityAsync(new Activity { Id = "m9", Type = ActivityTypes.Message, Text = "edited" }, default);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal(("update", "m9"), (call.Call, call.ActivityId));
    }

    [Fact]
    public async Task ContinueConversationAsync_Reference_SendsNewMessageToConversation()
    {
        var sut = new ProactiveMessenger(_connector);
        var reference = Activities.Message(conversationId: "19:chan@thread.tacv2").GetConversationReference();

        await sut.ContinueConversationAsync(reference, (turn, ct) => turn.SendActivityAsync(Activity.CreateMessageActivity("digest"), ct), default);

        var call = Assert.Single(_connector.Calls);
        Assert.Equal(("send", "19:chan@thread.tacv2"), (call.Call, call.ConversationId));
        Assert.Equal("28:bot", call.Activity!.From!.Id);
    }
}
