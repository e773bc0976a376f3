namespace ScrutinyBot.EndToEnd.Tests.Playground;

/// <summary>Cards as a person sees them in the Playground: each card (answer, meeting) is measured once the window is
/// narrowed to a phone's width, with a screenshot of the card kept (the digest card: PlaygroundDigestTests); and the
/// welcome card the bot sends when the Playground installs it, whose buttons each bring their answer.</summary>
public sealed class PlaygroundCardTests(PlaygroundFixture fixture) : IClassFixture<PlaygroundFixture>
{
    private const string Welcome = "Hello, I'm ScrutinyBot";

    [Fact]
    public async Task WelcomeCard_EachButton_ShowsItsAnswer()
    {
        // Opening the Playground installs the bot (installationUpdate add, then conversationUpdate with the user and
        // the bot added): the welcome card arrives before anything is typed.
        var chat = await PlaygroundChat.OpenAsync(fixture.Browser, fixture.Playground.Url, "Personal Chat");
        await chat.WaitForBotTextAsync(Welcome);

        await chat.ClickButtonOnCardAsync(Welcome, "Overdue");
        await chat.WaitForBotTextAsync("Overdue recommendations");
        await chat.WaitForBotTextAsync("wellbeing");
        await chat.ClickButtonOnCardAsync(Welcome, "Due soon");
        await chat.WaitForBotTextAsync("Responses due soon");
        await chat.ClickButtonOnCardAsync(Welcome, "Next meeting");
        await chat.WaitForBotTextAsync("On or after");
        await chat.ScreenshotAsync("playground-welcome-buttons");
    }

    [Theory]
    [InlineData("who chaired the November 2024 meeting?", "Savage", "answer")]
    [InlineData("meeting 13 November 2024", "Meeting of 13 November 2024", "meeting")]
    public async Task Card_AtPhoneWidth_FitsAboutOneScreen(string message, string expected, string name)
    {
        var chat = await PlaygroundChat.OpenAsync(fixture.Browser, fixture.Playground.Url, "Personal Chat");
        await chat.SendAsync(message);
        await chat.WaitForBotTextAsync(expected);

        var (width, height) = await chat.MeasureLastCardAsync("card-" + name);

        await CardHeights.RecordAsync(name, width, height);
        Assert.True(height is > 0 and <= CardHeights.PhoneScreenBudget,
            $"The {name} card is {height:0} px tall at {width:0} px wide; the budget is {CardHeights.PhoneScreenBudget:0} px (about one phone screen).");
    }
}
