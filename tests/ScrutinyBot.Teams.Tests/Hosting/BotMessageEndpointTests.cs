using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Teams.Auth;
using ScrutinyBot.Teams.Hosting;
using ScrutinyBot.Teams.Protocol;
using ScrutinyBot.Teams.Tests.TestSupport;

namespace ScrutinyBot.Teams.Tests.Hosting;

public sealed class BotMessageEndpointTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly TestSigningKey _key = new("key-1", "msteams");
    private readonly RecordingConnectorClient _connector = new();
    private readonly DelegateBot _bot = new((turn, ct) => turn.SendTextAsync("pong", ct));
    private OpenIdMetadataServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenIdMetadataServer.StartAsync(_key);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _key.Dispose();
    }

    [Fact]
    public async Task HandleAsync_ValidToken_RunsTurnAndAnswers200Empty()
    {
        var (status, body) = await PostAsync(Json(Activities.Message()), Token());

        Assert.Equal(200, status);
        Assert.Equal(string.Empty, body);
        Assert.Equal(1, _bot.Turns);
    }

    [Fact]
    public async Task HandleAsync_ExpiredToken_Answers401WithoutTurn()
    {
        var expired = TestTokens.Create(_key.SecurityKey, _time.GetUtcNow().AddHours(-3));

        var (status, _) = await PostAsync(Json(Activities.Message()), expired);

        Assert.Equal(401, status);
        Assert.Equal(0, _bot.Turns);
    }

    [Fact]
    public async Task HandleAsync_NoToken_Answers401()
    {
        var (status, _) = await PostAsync(Json(Activities.Message()), token: null);

        Assert.Equal(401, status);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("")]
    public async Task HandleAsync_NotAnActivity_Answers400Problem(string json)
    {
        var (status, body) = await PostAsync(json, Token());

        Assert.Equal(400, status);
        Assert.Contains("\"status\":400", body, StringComparison.Ordinal);
        Assert.Equal(0, _bot.Turns);
    }

    [Fact]
    public async Task HandleAsync_BodyOverLimit_Answers413()
    {
        var activity = Activities.Message(new string('x', 300 * 1024));

        var (status, _) = await PostAsync(Json(activity), Token());

        Assert.Equal(413, status);
    }

    [Fact]
    public async Task HandleAsync_InvokeAnswered_ReturnsStatusAndBody()
    {
        var bot = new DelegateBot((turn, ct) => turn.SendInvokeResponseAsync(new InvokeResponse(200, new { composeExtension = new { type = "result" } }), ct));
        var invoke = Activities.Message();
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "composeExtension/query";

        var (status, body) = await PostAsync(Json(invoke), Token(), bot);

        Assert.Equal(200, status);
        Assert.Equal("""{"composeExtension":{"type":"result"}}""", body);
    }

    [Fact]
    public async Task HandleAsync_InvokeUnanswered_Answers501()
    {
        var invoke = Activities.Message();
        invoke.Type = ActivityTypes.Invoke;

        var (status, _) = await PostAsync(Json(invoke), Token(), new DelegateBot((_, _) => Task.CompletedTask));

        Assert.Equal(501, status);
    }

    [Fact]
    public async Task HandleAsync_ExpectReplies_ReturnsActivitiesInBody()
    {
        var message = Activities.Message();
        message.DeliveryMode = DeliveryModes.ExpectReplies;

        var (status, body) = await PostAsync(Json(message), Token());

        Assert.Equal(200, status);
        using var document = JsonDocument.Parse(body);
        Assert.Equal("pong", document.RootElement.GetProperty("activities")[0].GetProperty("text").GetString());
        Assert.Empty(_connector.Calls);
    }

    private string Token() => TestTokens.Create(_key.SecurityKey, _time.GetUtcNow());

    private static string Json(Activity activity) => JsonSerializer.Serialize(activity, ProtocolJson.Options);

    private async Task<(int Status, string Body)> PostAsync(string json, string? token, DelegateBot? bot = null)
    {
        var options = Options.Create(new BotOptions
        {
            AppId = TestTokens.AppId,
            AppTenantId = TestTokens.TenantId,
            OpenIdMetadataUrl = _server.BotMetadataUrl,
            AuthorityBase = _server.Url,
        });
        var catalog = new SigningKeyCatalog(new TestHttpClientFactory(), _time, NullLogger<OpenIdKeyCache>.Instance);
        var authenticator = new BotAuthenticator(options, new BotTokenValidator(options, catalog, _time));
        var adapter = new BotAdapter(bot ?? _bot, _connector, new InMemoryConversationReferenceStore(), NullLogger<BotAdapter>.Instance);
        var sut = new BotMessageEndpoint(adapter, authenticator, options, NullLogger<BotMessageEndpoint>.Instance);

        var http = new DefaultHttpContext { RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider() };
        http.Request.Method = "POST";
        http.Request.ContentType = "application/json";
        http.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(json));
        http.Connection.RemoteIpAddress = IPAddress.Parse("52.1.2.3");
        if (token is not null)
        {
            http.Request.Headers.Authorization = "Bearer " + token;
        }

        var responseBody = new MemoryStream();
        http.Response.Body = responseBody;
        var result = await sut.HandleAsync(http);
        await result.ExecuteAsync(http);
        return (http.Response.StatusCode, Encoding.UTF8.GetString(responseBody.ToArray()));
    }
}
