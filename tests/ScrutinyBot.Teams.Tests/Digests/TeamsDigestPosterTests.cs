using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Teams.Connector;
using ScrutinyBot.Teams.Digests;
using ScrutinyBot.Teams.Hosting;
using ScrutinyBot.Teams.Protocol;
using ScrutinyBot.Teams.Tests.TestSupport;

namespace ScrutinyBot.Teams.Tests.Digests;

/// <summary>The poster over the real Connector client and proactive messenger, against a stand-in Connector.</summary>
public sealed class TeamsDigestPosterTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2025, 1, 16, 9, 0, 0, TimeSpan.Zero));
    private StandInConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await StandInConnector.StartAsync(_time);

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task PostAsync_ConnectorAnswers429TwiceThenCreated_PostedOnceWithItsId()
    {
        _connector.Answer(429, retryAfter: "1");
        _connector.Answer(429, retryAfter: "1");
        _connector.Answer(201, """{"id":"digest-1"}""");

        var result = await FakeClock.RunAsync(_time, Sut().PostAsync(Target(), DigestSamples.Small(), default));

        Assert.Equal(DigestPostResult.Posted("digest-1"), result);
        Assert.Equal(3, _connector.Requests.Count);
        var request = _connector.Requests.Last();
        Assert.Equal("/_connector/v3/conversations/conv-1/activities", request.RawTarget);
        Assert.Contains(Attachment.AdaptiveCardContentType, request.Body, StringComparison.Ordinal);
        Assert.Contains("Overdue (past the deadline, no response): 1", request.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(403)]
    [InlineData(404)]
    public async Task PostAsync_BotRemoved_GoneWithReason(int status)
    {
        _connector.Answer(status, """{"error":{"code":"BotNotInConversationRoster","message":"removed"}}""");

        var result = await FakeClock.RunAsync(_time, Sut().PostAsync(Target(), DigestSamples.Small(), default));

        Assert.Equal(DigestPostOutcome.Gone, result.Outcome);
        Assert.Contains($"Teams answered {status}", result.Reason, StringComparison.Ordinal);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task PostAsync_ServiceUnavailableWithRetryAfterThroughAllRetries_FailedForTheNextRun()
    {
        _connector.Answer(503, retryAfter: "1");

        var result = await FakeClock.RunAsync(_time, Sut().PostAsync(Target(), DigestSamples.Small(), default));

        Assert.Equal(DigestPostResult.Failed("Teams answered 503."), result);
        Assert.Equal(3, _connector.Requests.Count);
    }

    [Fact]
    public async Task PostAsync_ServiceUnavailableWithoutRetryAfter_UnknownAndPostedOnce()
    {
        _connector.Answer(503);

        var result = await FakeClock.RunAsync(_time, Sut().PostAsync(Target(), DigestSamples.Small(), default));

        Assert.Equal(DigestPostOutcome.Unknown, result.Outcome);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task PostAsync_ConnectorSlowerThanTimeout_UnknownAndPostedOnce()
    {
        _connector.Hold = true;

        var result = await FakeClock.RunAsync(_time, Sut(timeoutSeconds: 1).PostAsync(Target(), DigestSamples.Small(), default));

        Assert.Equal(DigestPostOutcome.Unknown, result.Outcome);
        Assert.Contains("not re-sent", result.Reason, StringComparison.Ordinal);
        Assert.Single(_connector.Requests);
    }

    [Fact]
    public async Task PostAsync_UnreadableReference_GoneWithoutCallingTeams()
    {
        var result = await Sut().PostAsync(new DigestTarget("conv-1", "not json"), DigestSamples.Small(), default);

        Assert.Equal(DigestPostOutcome.Gone, result.Outcome);
        Assert.Empty(_connector.Requests);
    }

    private DigestTarget Target() => new("conv-1", new ConversationReference
    {
        ServiceUrl = _connector.ServiceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = "conv-1" },
        Bot = new ChannelAccount { Id = "bot" },
        User = new ChannelAccount { Id = "user" },
    }.ToJson());

    private TeamsDigestPoster Sut(int timeoutSeconds = 300)
    {
        var options = new ConnectorOptions
        {
            MaxAttempts = 3,
            BaseDelayMilliseconds = 10,
            MaxDelayMilliseconds = 50,
            MaxTotalDelayMilliseconds = 10_000,
            RequestTimeoutSeconds = timeoutSeconds,
        };
        var client = new ConnectorClient(
            ResilientHttpClients.Create(_time, options),
            new FixedTokenProvider(null),
            new ServiceUrlPolicy(Options.Create(new BotOptions { PlaygroundServiceUrl = _connector.ServiceUrl })),
            NullLogger<ConnectorClient>.Instance);
        return new TeamsDigestPoster(new ProactiveMessenger(client), _time, NullLogger<TeamsDigestPoster>.Instance);
    }
}
