using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Teams.Conversations;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Host.Tests.Teams;

public sealed class MessagesEndpointTests
{
    private const string PlaygroundMessage = """
        {"type":"message","id":"m-1","serviceUrl":"http://localhost:56150/_connector","channelId":"msteams",
         "from":{"id":"user-id-0","name":"Alex","aadObjectId":"00000000-0000-0000-0000-0000000000aa"},
         "recipient":{"id":"00000000-0000-0000-0000-00000000000b","name":"Test Bot"},
         "conversation":{"id":"personal-chat-1","conversationType":"personal","tenantId":"00000000-0000-0000-0000-0000000000cc"},
         "channelData":{"tenant":{"id":"00000000-0000-0000-0000-0000000000cc"}},
         "entities":[{"type":"clientInfo","locale":"en-US"}],"text":"help","textFormat":"plain","locale":"en-US"}
        """;

    [Fact]
    public async Task Post_MalformedJson_Answers400Problem()
    {
        using var factory = new BotHostFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", Json("{\"type\":"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_InvokeAnsweredByBot_ReturnsInvokeBody()
    {
        var bot = new InvokeAnsweringBot();
        using var factory = new BotHostFactory(bot: bot);
        using var client = factory.CreateClient();
        var invoke = PlaygroundMessage.Replace("\"type\":\"message\"", "\"type\":\"invoke\",\"name\":\"composeExtension/query\"", StringComparison.Ordinal);

        using var response = await client.PostAsync("/api/messages", Json(invoke));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"composeExtension":{"type":"result","attachmentLayout":"list","attachments":[]}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_Message_StoresConversationReference()
    {
        using var factory = new BotHostFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", Json(PlaygroundMessage));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await factory.Services.GetRequiredService<IConversationReferenceStore>().FindAsync("personal-chat-1", default);
        Assert.Equal("http://localhost:56150/_connector", stored!.ServiceUrl);
        Assert.Equal("Test Bot", stored.Bot!.Name);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data")]
    public async Task Post_JsonBodyWithNonJsonContentType_Answers415(string contentType)
    {
        using var factory = new BotHostFactory();
        using var client = factory.CreateClient();
        using var content = new StringContent(PlaygroundMessage, Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);

        using var response = await client.PostAsync("/api/messages", content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Empty(factory.Connector.Calls);
    }

    [Theory]
    [InlineData("X-Forwarded-For")]
    [InlineData("X-Real-IP")]
    [InlineData("Forwarded")]
    [InlineData("X-Forwarded-Host")]
    [InlineData("True-Client-IP")]
    public async Task Post_ForwardedFromLoopback_Answers401(string header)
    {
        using var factory = new BotHostFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = Json(PlaygroundMessage) };
        request.Headers.TryAddWithoutValidation(header, header == "Forwarded" ? "for=203.0.113.9" : "203.0.113.9");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_RemoteCallerWithoutToken_Answers401()
    {
        using var factory = new BotHostFactory { RemoteAddress = IPAddress.Parse("198.51.100.7") };
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", Json(PlaygroundMessage));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_AnonymousSettingOff_Answers401()
    {
        using var factory = new BotHostFactory(new() { ["Bot:AllowAnonymousLoopback"] = "false" });
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", Json(PlaygroundMessage));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_AppIdSetAndNoToken_Answers401()
    {
        using var factory = new BotHostFactory(new()
        {
            ["Bot:AppId"] = "11111111-2222-3333-4444-555555555555",
            ["Bot:AppTenantId"] = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
        });
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/api/messages", Json(PlaygroundMessage));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_ExpectReplies_ReturnsRepliesInBody()
    {
        using var factory = new BotHostFactory(bot: new InvokeAnsweringBot());
        using var client = factory.CreateClient();
        var message = PlaygroundMessage.Replace("\"text\":\"help\"", "\"text\":\"help\",\"deliveryMode\":\"expectReplies\"", StringComparison.Ordinal);

        using var response = await client.PostAsync("/api/messages", Json(message));

        var replies = await response.Content.ReadFromJsonAsync<ExpectedRepliesBody>();
        Assert.Equal("echo: help", Assert.Single(replies!.Activities).Text);
        Assert.Empty(factory.Connector.Calls);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private sealed record ExpectedRepliesBody(List<Activity> Activities);

    private sealed class InvokeAnsweringBot : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            turnContext.Activity.IsType(ActivityTypes.Invoke)
                ? turnContext.SendInvokeResponseAsync(
                    new InvokeResponse(200, new { composeExtension = new { type = "result", attachmentLayout = "list", attachments = Array.Empty<object>() } }),
                    cancellationToken)
                : turnContext.SendTextAsync("echo: " + turnContext.Activity.Text, cancellationToken);
    }
}
