using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Host.Tests.Teams;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Host.Tests.Digests;

/// <summary>The whole path (endpoint, runner, outbox, poster, Connector client) against a Connector stand-in that
/// answers slower than the client's timeout: Teams would have the post, the bot never learns it.</summary>
public sealed class SlowConnectorDigestTests
{
    [Fact]
    public async Task RunEndpoint_ConnectorSlowerThanTimeout_ExactlyOnePostPerSubscriptionAndPeriod()
    {
        await using var connector = await BotConnectorStandIn.StartAsync();
        connector.Delay = TimeSpan.FromSeconds(4);
        using var sut = new RealPosterHostFactory(SampleFacts.Tracker(), timeoutSeconds: 1);
        using var client = sut.CreateClient();
        var commands = sut.Services.GetRequiredService<ISubscriptionCommands>();
        string[] conversations = ["conv-slow-1", "conv-slow-2"];
        foreach (var conversation in conversations)
        {
            await commands.SubscribeAsync(new DigestTarget(conversation, Reference(connector.ServiceUrl, conversation)), "daily at 09:00", CancellationToken.None);
        }

        var answers = new List<string>();
        foreach (var force in new[] { true, false, true, false, false })
        {
            using var response = await client.SendAsync(OperatorRequests.Run(force));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        var outbox = sut.Services.GetRequiredService<IDigestOutbox>();
        var subscriptions = await sut.Services.GetRequiredService<ISubscriptionStore>().ListAsync(CancellationToken.None);
        foreach (var conversation in conversations)
        {
            var posts = connector.Calls.Where(c => c.Method == "POST" && c.Path.Contains(conversation, StringComparison.Ordinal)).ToList();
            Assert.Equal(2, posts.Count);
            Assert.Contains("may already have been posted", posts[1].Body!.ToJsonString(), StringComparison.Ordinal);
            Assert.DoesNotContain("may already have been posted", posts[0].Body!.ToJsonString(), StringComparison.Ordinal);
            var subscription = subscriptions.Single(s => s.ConversationId == conversation);
            Assert.Null(subscription.LastDigestAt);
        }

        Assert.Equal(4, connector.Calls.Count);
        Assert.Contains("\"unknown\":2", answers[0], StringComparison.Ordinal);
        Assert.Contains("\"unknown\":0", answers[1], StringComparison.Ordinal);
        Assert.Empty(await outbox.UnsentAsync(CancellationToken.None));
    }

    private static string Reference(string serviceUrl, string conversation) => new ConversationReference
    {
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = conversation },
        Bot = new ChannelAccount { Id = "bot" },
        User = new ChannelAccount { Id = "user" },
    }.ToJson();
}
