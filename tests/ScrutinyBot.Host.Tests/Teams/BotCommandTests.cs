using System.Net;

namespace ScrutinyBot.Host.Tests.Teams;

/// <summary>Every command, typed in a personal chat, through the real host and store.</summary>
public sealed class BotCommandTests
{
    [Theory]
    [InlineData("help", "What I can do")]
    [InlineData("/HELP", "What I can do")]
    [InlineData("/foo", "I don't know the command “foo”")]
    [InlineData("overdue", BotTestData.OverdueText)]
    [InlineData("overdue children and young people", BotTestData.OverdueText)]
    [InlineData("/due soon", BotTestData.DueSoonText)]
    [InlineData("resolutions", BotTestData.ResolutionText)]
    [InlineData("resolutions since 1 November 2024", BotTestData.ResolutionText)]
    [InlineData("next meeting", "12 March 2025")]
    [InlineData("meeting 13/11/2024", "Chair: Councillor Michael Savage")]
    [InlineData("meeting 13 November 2024", "Councillor Maria Watson")]
    [InlineData("ask", "Type a question after “ask”")]
    public async Task Command_InPersonalChat_RepliesWithExpectedCard(string text, string expected)
    {
        await using var sut = await BotFixture.StartAsync();

        var card = await sut.AskForCardAsync(text);

        Assert.Contains(expected, BotFixture.TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overdue_DoesNotListWhatIsOnlyDueSoon()
    {
        await using var sut = await BotFixture.StartAsync();

        var card = await sut.AskForCardAsync("overdue");

        Assert.DoesNotContain(BotTestData.DueSoonText, BotFixture.TextOf(card), StringComparison.Ordinal);
        Assert.Contains("12 days overdue", BotFixture.TextOf(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resolutions_SinceAfterTheMeeting_FindsNone()
    {
        await using var sut = await BotFixture.StartAsync();

        var card = await sut.AskForCardAsync("resolutions since 1 December 2024");

        Assert.Contains("I found no resolutions", BotFixture.TextOf(card), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ask who chaired the November 2024 meeting?")]
    [InlineData("who chaired the November 2024 meeting?")]
    public async Task Ask_Question_AnswersWithCitationFromTheStore(string text)
    {
        await using var sut = await BotFixture.StartAsync();

        var card = await sut.AskForCardAsync(text);

        var cardText = BotFixture.TextOf(card);
        Assert.Contains("[1] " + BotTestData.Title, cardText, StringComparison.Ordinal);
        Assert.DoesNotContain(BotTestData.Source, cardText, StringComparison.Ordinal);
        Assert.DoesNotContain("page 3", cardText, StringComparison.Ordinal);
        Assert.Contains("Savage", cardText, StringComparison.Ordinal);
        // The chair's sentence is quoted whole, so there is no "Full quote" to open.
        Assert.DoesNotContain(BotFixture.Walk(card), o => (string?)o["type"] == "Action.ShowCard");
    }

    [Fact]
    public async Task SubscribeListDigestUnsubscribe_RoundTripThroughDigests()
    {
        await using var sut = await BotFixture.StartAsync();

        var subscribed = BotFixture.TextOf(await sut.AskForCardAsync("subscribe weekly on monday at 09:00"));
        var listed = BotFixture.TextOf(await SecondCardAsync(sut, "subscriptions"));

        Assert.DoesNotContain("went wrong", subscribed, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("eekly", listed, StringComparison.Ordinal);
        var digest = await SendAsync(sut, "digest now");
        Assert.Equal(HttpStatusCode.OK, digest.StatusCode);
        var unsubscribed = await SendAsync(sut, "unsubscribe");
        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        var after = BotFixture.TextOf(BotFixture.CardOf(sut.Connector.Messages.Last()));
        Assert.DoesNotContain("Sorry, something went wrong", after, StringComparison.Ordinal);
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> SecondCardAsync(BotFixture sut, string text)
    {
        using var response = await SendAsync(sut, text);
        return BotFixture.CardOf(sut.Connector.Messages.Last());
    }

    private static Task<HttpResponseMessage> SendAsync(BotFixture sut, string text) =>
        sut.PostAsync(BotActivities.Personal(sut.ServiceUrl, text));
}
