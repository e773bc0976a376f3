using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Teams.Connector;
using ScrutinyBot.Teams.Hosting;
using ScrutinyBot.Teams.Protocol;
using ScrutinyBot.Teams.Tests.TestSupport;

namespace ScrutinyBot.Teams.Tests.Connector;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string ChannelThread = "19:abc@thread.tacv2;messageid=17";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private StandInConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await StandInConnector.StartAsync(_time);

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task SendToConversationAsync_TwoTooManyRequestsThenCreated_RetriesHonouringRetryAfter()
    {
        _connector.Answer(429, retryAfter: "3");
        _connector.Answer(429, retryAfter: "3");
        _connector.Answer(201, """{"id":"a-42"}""");
        var sut = CreateSut(Playground());

        var response = await FakeClock.RunAsync(_time, sut.SendToConversationAsync(_connector.ServiceUrl, "c1", Activity.CreateMessageActivity("hi"), default));

        Assert.Equal("a-42", response.Id);
        var times = _connector.Requests.Select(r => r.At).ToList();
        Assert.Equal(3, times.Count);
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(3), $"waited {times[1] - times[0]}");
        Assert.True(times[2] - times[1] >= TimeSpan.FromSeconds(3), $"waited {times[2] - times[1]}");
    }

    [Fact]
    public async Task SendToConversationAsync_Forbidden_ThrowsWithoutRetrying()
    {
        _connector.Answer(403, """{"error":{"code":"MessageWritesBlocked","message":"blocked"}}""");
        var sut = CreateSut(Playground());

        var ex = await Assert.ThrowsAsync<ConnectorException>(
            () => FakeClock.RunAsync(_time, sut.SendToConversationAsync(_connector.ServiceUrl, "c1", Activity.CreateMessageActivity("hi"), default)));

        Assert.Equal(403, ex.StatusCode);
        Assert.Equal("MessageWritesBlocked", ex.ErrorCode);
        Assert.True(ex.IsGone);
        Assert.Single(_connector.Requests);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(413)]
    public async Task SendToConversationAsync_NonRetryableStatus_TriesOnce(int status)
    {
        _connector.Answer(status);
        var sut = CreateSut(Playground());

        var ex = await Assert.ThrowsAsync<ConnectorException>(
            () => FakeClock.RunAsync(_time, sut.SendToConversationAsync(_connector.ServiceUrl, "c1", Activity.CreateMessageActivity("hi"), default)));

        Assert.Equal(status, ex.StatusCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_ServiceUnavailableWithRetryAfterEveryTime_GivesUpAfterMaxAttempts()
    {
        _connector.Answer(503, retryAfter: "1");
        var sut = CreateSut(Playground());

        var ex = await Assert.ThrowsAsync<ConnectorException>(
            () => FakeClock.RunAsync(_time, sut.SendToConversationAsync(_connector.ServiceUrl, "c1", Activity.CreateMessageActivity("hi"), default)));

        Assert.Equal(503, ex.StatusCode);
        Assert.False(ex.OutcomeUnknown);
        Assert.Equal(3, _connector.Requests.Count);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task SendToConversationAsync_ServerErrorWithoutRetryAfter_TriesOnceOutcomeUnknown(int status)
    {
        _connector.Answer(status);
        var sut = CreateSut(Playground());

        var ex = await Assert.ThrowsAsync<ConnectorException>(
            () => FakeClock.RunAsync(_time, sut.SendToConversationAsync(_connector.ServiceUrl, "c1", Activity.CreateMessageActivity("hi"), default)));

        Assert.True(ex.OutcomeUnknown);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_ConnectorSlowerThanTimeout_TriesOnceOutcomeUnknown()
    {
        _connector.Hold = true;
        var sut = CreateSut(Playground(), timeoutSeconds: 1);

        var ex = await Assert.ThrowsAsync<ConnectorException>(
            () => FakeClock.RunAsync(_time, sut.SendToConversationAsync(_connector.ServiceUrl, "c1", Activity.CreateMessageActivity("hi"), default)));

        Assert.True(ex.OutcomeUnknown);
        Assert.Equal("Timeout", ex.ErrorCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_ConnectionRefused_RetriedAndNotUnknown()
    {
        var closed = $"http://127.0.0.1:{ClosedPort()}/_connector";
        var sut = CreateSut(new BotOptions(), token: null);

        var ex = await Assert.ThrowsAsync<ConnectorException>(
            () => FakeClock.RunAsync(_time, sut.SendToConversationAsync(closed, "c1", Activity.CreateMessageActivity("hi"), default)));

        Assert.Equal(0, ex.StatusCode);
        Assert.False(ex.OutcomeUnknown);
    }

    [Fact]
    public async Task UpdateActivityAsync_ServiceUnavailableWithoutRetryAfter_RetriedAsItIsIdempotent()
    {
        _connector.Answer(503);
        _connector.Answer(200, """{"id":"m1"}""");
        var sut = CreateSut(Playground());

        await FakeClock.RunAsync(_time, sut.UpdateActivityAsync(_connector.ServiceUrl, "c1", "m1", Activity.CreateMessageActivity("hi"), default));

        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_TooManyRequestsWithoutRetryAfter_RetriedWithBackoff()
    {
        _connector.Answer(429);
        _connector.Answer(201, """{"id":"a-7"}""");
        var sut = CreateSut(Playground());

        var response = await FakeClock.RunAsync(_time, sut.SendToConversationAsync(_connector.ServiceUrl, "c1", Activity.CreateMessageActivity("hi"), default));

        Assert.Equal("a-7", response.Id);
        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task UpdateActivityAsync_ConnectorSlowerThanTimeout_RetriedUpToMaxAttemptsAsItIsIdempotent()
    {
        _connector.Hold = true;
        var sut = CreateSut(Playground(), timeoutSeconds: 1);

        var ex = await Assert.ThrowsAsync<ConnectorException>(
            () => FakeClock.RunAsync(_time, sut.UpdateActivityAsync(_connector.ServiceUrl, "c1", "m1", Activity.CreateMessageActivity("hi"), default)));

        Assert.Equal("Timeout", ex.ErrorCode);
        Assert.True(ex.OutcomeUnknown);
        Assert.Equal(3, _connector.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_RetryAfterBeyondTotalCap_GivesUp()
    {
        _connector.Answer(429, retryAfter: "120");
        var sut = CreateSut(Playground());

        var ex = await Assert.ThrowsAsync<ConnectorException>(
            () => FakeClock.RunAsync(_time, sut.SendToConversationAsync(_connector.ServiceUrl, "c1", Activity.CreateMessageActivity("hi"), default)));

        Assert.Equal(429, ex.StatusCode);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task ReplyToActivityAsync_ChannelThreadIds_EscapesIdsInPath()
    {
        var sut = CreateSut(Playground());

        await FakeClock.RunAsync(_time, sut.ReplyToActivityAsync(_connector.ServiceUrl, ChannelThread, "1:a;b", Activity.CreateMessageActivity("hi"), default));

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/_connector/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17/activities/1%3Aa%3Bb", request.RawTarget);
        Assert.Contains("\"replyToId\":\"1:a;b\"", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendToConversationAsync_PlaygroundServiceUrl_SendsToken()
    {
        var sut = CreateSut(Playground(), token: "outbound-token");

        await FakeClock.RunAsync(_time, sut.SendToConversationAsync(_connector.ServiceUrl, "c1", Activity.CreateMessageActivity("hi"), default));

        Assert.Equal("Bearer outbound-token", Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task SendToConversationAsync_HostNotAllowListed_RefusesWithoutCalling()
    {
        var tokens = new FixedTokenProvider("outbound-token");
        var sut = CreateSut(Playground(), tokens);
        var claimed = $"http://localhost:{_connector.Port}/_connector";

        var ex = await Assert.ThrowsAsync<ConnectorException>(
            () => FakeClock.RunAsync(_time, sut.SendToConversationAsync(claimed, "c1", Activity.CreateMessageActivity("hi"), default)));

        Assert.Equal(ConnectorException.ServiceUrlNotAllowed, ex.ErrorCode);
        Assert.Empty(_connector.Requests);
        Assert.Equal(0, tokens.Calls);
    }

    [Fact]
    public async Task SendToConversationAsync_AnonymousLoopback_SendsWithoutToken()
    {
        var sut = CreateSut(new BotOptions(), token: null);

        await FakeClock.RunAsync(_time, sut.SendToConversationAsync($"http://localhost:{_connector.Port}/_connector", "c1", Activity.CreateMessageActivity("hi"), default));

        Assert.Equal(string.Empty, Assert.Single(_connector.Requests).Authorization);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("http://10.1.2.3:56150/_connector")]
    public async Task SendToConversationAsync_AnonymousNonLoopback_Refused(string serviceUrl)
    {
        var sut = CreateSut(new BotOptions(), token: null);

        var ex = await Assert.ThrowsAsync<ConnectorException>(
            () => FakeClock.RunAsync(_time, sut.SendToConversationAsync(serviceUrl, "c1", Activity.CreateMessageActivity("hi"), default)));

        Assert.Equal(ConnectorException.ServiceUrlNotAllowed, ex.ErrorCode);
    }

    [Fact]
    public async Task CreateConversationAsync_Created_ReturnsConversationId()
    {
        _connector.Answer(201, """{"id":"a:1on1","activityId":"m1"}""");
        var sut = CreateSut(Playground());
        var parameters = new ConversationParameters { Bot = new ChannelAccount("28:bot"), Members = [new ChannelAccount("29:user")], TenantId = "t1" };

        var created = await FakeClock.RunAsync(_time, sut.CreateConversationAsync(_connector.ServiceUrl, parameters, default));

        Assert.Equal("a:1on1", created.Id);
        Assert.Equal("m1", created.ActivityId);
        Assert.Equal("/_connector/v3/conversations", Assert.Single(_connector.Requests).RawTarget);
    }

    [Fact]
    public async Task UpdateAndDelete_UseActivityRoute()
    {
        _connector.Answer(200, """{"id":"m1"}""");
        var sut = CreateSut(Playground());

        await FakeClock.RunAsync(_time, sut.UpdateActivityAsync(_connector.ServiceUrl, "c1", "m1", Activity.CreateMessageActivity("new"), default));
        await FakeClock.RunAsync(_time, sut.DeleteActivityAsync(_connector.ServiceUrl, "c1", "m1", default));

        var methods = _connector.Requests.Select(r => $"{r.Method} {r.RawTarget}").ToList();
        Assert.Equal(["PUT /_connector/v3/conversations/c1/activities/m1", "DELETE /_connector/v3/conversations/c1/activities/m1"], methods);
    }

    private BotOptions Playground() => new()
    {
        AppId = TestTokens.AppId,
        AppTenantId = TestTokens.TenantId,
        PlaygroundServiceUrl = _connector.ServiceUrl,
        AllowedServiceUrlHosts = ["smba.trafficmanager.net"],
    };

    private static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private ConnectorClient CreateSut(BotOptions bot, string? token = "token", int timeoutSeconds = 300) =>
        CreateSut(bot, new FixedTokenProvider(token), timeoutSeconds);

    private ConnectorClient CreateSut(BotOptions bot, FixedTokenProvider tokens, int timeoutSeconds = 300)
    {
        var connector = new ConnectorOptions
        {
            MaxAttempts = 3,
            BaseDelayMilliseconds = 10,
            MaxDelayMilliseconds = 50,
            MaxTotalDelayMilliseconds = 10_000,
            RequestTimeoutSeconds = timeoutSeconds,
        };
        return new ConnectorClient(
            ResilientHttpClients.Create(_time, connector),
            tokens,
            new ServiceUrlPolicy(Options.Create(bot)),
            NullLogger<ConnectorClient>.Instance);
    }
}
