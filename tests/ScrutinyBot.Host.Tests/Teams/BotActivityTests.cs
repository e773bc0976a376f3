using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Text.Json.Nodes;
using ScrutinyBot.Teams.App.Cards;
using ScrutinyBot.Teams.App.Feedback;

namespace ScrutinyBot.Host.Tests.Teams;

/// <summary>Every activity type through POST /api/messages, with replies caught by a stand-in Connector.</summary>
public sealed class BotActivityTests
{
    [Fact]
    public async Task Message_Personal_SendsTypingThenRepliesWithAnswerCard()
    {
        await using var sut = await BotFixture.StartAsync();

        using var response = await sut.PostAsync(BotActivities.Personal(sut.ServiceUrl, "who chaired the November 2024 meeting?"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = sut.Connector.Calls;
        Assert.Equal(2, calls.Count);
        Assert.Equal("typing", (string?)calls[0].Body!["type"]);
        Assert.Equal("POST", calls[1].Method);
        Assert.Matches("/v3/conversations/a:personal-1/activities/in-[0-9a-f]+$", calls[1].Path);
        var card = BotFixture.CardOf(calls[1].Body!);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Contains(BotFixture.Walk(card), o => (string?)o["type"] == "Action.Submit" && (string?)o["data"]?["feedback"] == "helpful");
    }

    [Fact]
    public async Task Message_GroupChatWithoutMention_IsIgnored()
    {
        await using var sut = await BotFixture.StartAsync();

        using var response = await sut.PostAsync(BotActivities.Group(sut.ServiceUrl, "overdue", mention: false));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(sut.Connector.Calls);
    }

    [Fact]
    public async Task Message_GroupChatWithMention_RunsCommandInThatChat()
    {
        await using var sut = await BotFixture.StartAsync();

        using var response = await sut.PostAsync(BotActivities.Group(sut.ServiceUrl, "overdue", mention: true));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = sut.Connector.Messages.Single();
        Assert.Equal(BotActivities.GroupConversation, (string?)message["conversation"]!["id"]);
        Assert.Contains(BotTestData.OverdueText, BotFixture.TextOf(BotFixture.CardOf(message)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_ChannelWithMention_StripsMentionAndRepliesInThread()
    {
        await using var sut = await BotFixture.StartAsync();

        using var response = await sut.PostAsync(BotActivities.Channel(sut.ServiceUrl, "next meeting"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = sut.Connector.Calls.Last();
        Assert.StartsWith("/_connector/v3/conversations/19:general@thread.tacv2;messageid=1700000000000/activities/", reply.Path, StringComparison.Ordinal);
        var text = BotFixture.TextOf(BotFixture.CardOf(reply.Body!));
        Assert.Contains("Next meeting", text, StringComparison.Ordinal);
        Assert.Contains("12 March 2025", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationUpdate_BotAdded_SendsWelcomeCardWithCommands()
    {
        await using var sut = await BotFixture.StartAsync();

        using var response = await sut.PostAsync(BotActivities.ConversationUpdate(sut.ServiceUrl, "a:new-1", BotActivities.BotId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = BotFixture.CardOf(sut.Connector.Messages.Single());
        var text = BotFixture.TextOf(welcome);
        Assert.Contains("Hello, I'm ScrutinyBot", text, StringComparison.Ordinal);
        Assert.Equal(11, BotFixture.Walk(welcome).Count(o => (string?)o["type"] == "RichTextBlock" && o["inlines"]!.AsArray().Count == 2));
        Assert.Contains("since <date>", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationUpdate_SomeoneElseAddedToGroupChat_SendsNothing()
    {
        await using var sut = await BotFixture.StartAsync();

        using var response = await sut.PostAsync(BotActivities.ConversationUpdate(sut.ServiceUrl, "19:new-2@thread.v2", "29:someone", "groupChat"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(sut.Connector.Calls);
    }

    [Fact]
    public async Task ConversationUpdate_UserAddedToPersonalChat_SendsWelcomeCard()
    {
        await using var sut = await BotFixture.StartAsync();

        using var response = await sut.PostAsync(BotActivities.ConversationUpdate(sut.ServiceUrl, "a:new-5", BotActivities.UserId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hello, I'm ScrutinyBot", BotFixture.TextOf(BotFixture.CardOf(sut.Connector.Messages.Single())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallationUpdate_InstalledTwice_WelcomesEachInstallOnce()
    {
        await using var sut = await BotFixture.StartAsync();

        // The Agents Playground installs again each time its page is opened: each install is a pair of activities.
        for (var install = 0; install < 2; install++)
        {
            using var add = await sut.PostAsync(BotActivities.InstallationUpdate(sut.ServiceUrl, "a:new-6", "add"));
            using var update = await sut.PostAsync(BotActivities.ConversationUpdate(sut.ServiceUrl, "a:new-6", BotActivities.BotId));
        }

        Assert.Equal(2, sut.Connector.Messages.Count);
    }

    [Fact]
    public async Task InstallationUpdate_AddThenConversationUpdate_WelcomesOnce()
    {
        await using var sut = await BotFixture.StartAsync();

        using var install = await sut.PostAsync(BotActivities.InstallationUpdate(sut.ServiceUrl, "a:new-3", "add"));
        using var update = await sut.PostAsync(BotActivities.ConversationUpdate(sut.ServiceUrl, "a:new-3", BotActivities.BotId));

        Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        Assert.Equal(HttpStatusCode.OK, update.StatusCode);
        Assert.Contains("Hello, I'm ScrutinyBot", BotFixture.TextOf(BotFixture.CardOf(sut.Connector.Messages.Single())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstallationUpdate_Remove_SendsNothing()
    {
        await using var sut = await BotFixture.StartAsync();

        using var response = await sut.PostAsync(BotActivities.InstallationUpdate(sut.ServiceUrl, "a:new-4", "remove"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(sut.Connector.Calls);
    }

    [Fact]
    public async Task MessageReaction_IsAcknowledgedAndIgnored()
    {
        await using var sut = await BotFixture.StartAsync();

        using var response = await sut.PostAsync(BotActivities.Reaction(sut.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(sut.Connector.Calls);
    }

    [Fact]
    public async Task Message_FeedbackSubmit_StoresVoteAndThanks()
    {
        await using var sut = await BotFixture.StartAsync();

        using var response = await sut.PostAsync(BotActivities.Submit(sut.ServiceUrl, new JsonObject { ["feedback"] = "not-helpful", ["question"] = "who chaired?" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FeedbackAcknowledgement.Text, (string?)sut.Connector.Messages.Single()["text"]);
        var vote = Assert.Single(await VotesAsync(sut));
        Assert.Equal(new FeedbackVote(BotActivities.PersonalConversation, "answer-card-1", BotActivities.UserId, "not-helpful", "who chaired?", null), vote);
    }

    [Fact]
    public async Task Message_RefreshSubmitFallback_RunsTheCardsCommand()
    {
        await using var sut = await BotFixture.StartAsync();

        using var response = await sut.PostAsync(BotActivities.Submit(sut.ServiceUrl, new JsonObject { ["command"] = "due soon" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(BotTestData.DueSoonText, BotFixture.TextOf(BotFixture.CardOf(sut.Connector.Messages.Single())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_HelpCardButtonInAChannelWithoutMention_RunsItsCommand()
    {
        await using var sut = await BotFixture.StartAsync();
        var button = HelpCardBuilder.Help(null)["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Due soon")!;
        var activity = BotActivities.Channel(sut.ServiceUrl, "ignored");
        activity["text"] = null;
        activity.Remove("entities");
        activity["value"] = button["data"]!.DeepClone();

        using var response = await sut.PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(BotTestData.DueSoonText, BotFixture.TextOf(BotFixture.CardOf(sut.Connector.Messages.Single())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_MessageBackValueOnly_RunsItsCommand()
    {
        await using var sut = await BotFixture.StartAsync();

        using var response = await sut.PostAsync(BotActivities.Submit(sut.ServiceUrl, new JsonObject { ["msteams"] = new JsonObject { ["value"] = new JsonObject { ["command"] = "due soon" } } }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(BotTestData.DueSoonText, BotFixture.TextOf(BotFixture.CardOf(sut.Connector.Messages.Single())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_ComposeExtensionQuery_ReturnsCardsWithPreviews()
    {
        await using var sut = await BotFixture.StartAsync();
        var value = new JsonObject
        {
            ["commandId"] = "searchPapers",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = "safeguarding" }),
            ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 10 },
        };

        using var response = await sut.PostAsync(BotActivities.Invoke(sut.ServiceUrl, "composeExtension/query", value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("result", (string?)body["composeExtension"]!["type"]);
        var attachments = body["composeExtension"]!["attachments"]!.AsArray();
        Assert.NotEmpty(attachments);
        Assert.All(attachments, a =>
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)a!["contentType"]);
            Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)a["preview"]!["contentType"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)a["preview"]!["content"]!["title"]));
        });
        Assert.Contains(attachments, a => BotFixture.TextOf(a!["content"]!).Contains(BotTestData.ResolutionText, StringComparison.Ordinal));
        Assert.Empty(sut.Connector.Calls);
    }

    [Fact]
    public async Task Invoke_ComposeExtensionInitialRun_ReturnsNextMeetingAndRecentResolutions()
    {
        await using var sut = await BotFixture.StartAsync();
        var value = new JsonObject
        {
            ["commandId"] = "searchPapers",
            ["parameters"] = new JsonArray(new JsonObject { ["name"] = "initialRun", ["value"] = "true" }),
        };

        using var response = await sut.PostAsync(BotActivities.Invoke(sut.ServiceUrl, "composeExtension/query", value));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var titles = body["composeExtension"]!["attachments"]!.AsArray().Select(a => (string?)a!["preview"]!["content"]!["title"]).ToList();
        Assert.StartsWith("Next meeting", titles[0], StringComparison.Ordinal);
        Assert.Contains(titles, t => t!.StartsWith("Resolution", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoke_AdaptiveCardRefresh_ReturnsReplacementCard()
    {
        await using var sut = await BotFixture.StartAsync();
        var value = ExecuteValue("refresh", new JsonObject { ["command"] = "due soon" });

        using var response = await sut.PostAsync(BotActivities.Invoke(sut.ServiceUrl, "adaptiveCard/action", value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Contains(BotTestData.DueSoonText, BotFixture.TextOf(body["value"]!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_AdaptiveCardFeedback_StoresVoteAndAnswersWithMessage()
    {
        await using var sut = await BotFixture.StartAsync();
        var value = ExecuteValue("feedback", new JsonObject { ["feedback"] = "helpful", ["question"] = "when?" });

        using var response = await sut.PostAsync(BotActivities.Invoke(sut.ServiceUrl, "adaptiveCard/action", value));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("helpful", Assert.Single(await VotesAsync(sut)).Reaction);
    }

    [Fact]
    public async Task Invoke_AdaptiveCardUnknownVerb_AnswersWithErrorBody()
    {
        await using var sut = await BotFixture.StartAsync();

        using var response = await sut.PostAsync(BotActivities.Invoke(sut.ServiceUrl, "adaptiveCard/action", ExecuteValue("launchRockets", new JsonObject())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
    }

    [Fact]
    public async Task Invoke_MessageSubmitActionFeedback_StoresVoteAndReturnsEmptyObject()
    {
        await using var sut = await BotFixture.StartAsync();
        var value = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = "dislike", ["feedback"] = "{\"feedbackText\":\"Wrong meeting\"}" },
        };

        using var response = await sut.PostAsync(BotActivities.Invoke(sut.ServiceUrl, "message/submitAction", value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("{}", await response.Content.ReadAsStringAsync());
        var vote = Assert.Single(await VotesAsync(sut));
        Assert.Equal(("not-helpful", "Wrong meeting", "answer-card-1"), (vote.Reaction, vote.Comment, vote.ActivityId));
    }

    [Fact]
    public async Task Invoke_Unknown_Returns501()
    {
        await using var sut = await BotFixture.StartAsync();

        using var response = await sut.PostAsync(BotActivities.Invoke(sut.ServiceUrl, "task/fetch", new JsonObject()));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(sut.Connector.Calls);
    }

    private static JsonObject ExecuteValue(string verb, JsonObject data) => new()
    {
        ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
        ["trigger"] = "manual",
    };

    private static Task<IReadOnlyList<FeedbackVote>> VotesAsync(BotFixture sut) =>
        sut.Factory.Services.GetRequiredService<IFeedbackStore>().ListAsync(BotActivities.PersonalConversation, CancellationToken.None);
}
