namespace ScrutinyBot.EndToEnd.Tests.Playground;

/// <summary>Cards as a person sees them in the Playground: each card (answer, meeting) is measured once the window is
/// narrowed to a phone's width, with a screenshot of the card kept (the digest card: PlaygroundDigestTests).</summary>
public sealed class PlaygroundCardTests(PlaygroundFixture fixture) : IClassFixture<PlaygroundFixture>
{
    [Fact]
    public async Task HelpCard_EachButton_ShowsItsAnswer()
    {
        // The help card carries the welcome card's buttons (HelpCardBuilder builds both). The Playground's Personal
        // Chat was not seen to show the welcome card the bot sends on installationUpdate, so help is asked for.
        var chat = await PlaygroundChat.OpenAsync(fixture.Browser, fixture.Playground.Url, "Personal Chat");
        await chat.SendAsync("help");
        await chat.WaitForBotTextAsync("What I can do");

        await chat.ClickButtonAsync("Overdue");
        await chat.WaitForBotTextAsync("Overdue recommendations");
        await chat.ClickButtonAsync("Due soon");
        await chat.WaitForBotTextAsync("Responses due soon");
        await chat.ClickButtonAsync("Next meeting");
        await chat.WaitForBotTextAsync("On or after");
        await chat.ScreenshotAsync("playground-help-buttons");
    }

    [Theory]
    [InlineData("who chaired the November 2024 meeting?", "Savage", "answer")]
    [InlineData("meeting 13 November 2024", "13 November 2024", "meeting")]
    public async Task Card_AtPhoneWidth_MeasuredAndKept(string message, string expected, string name)
    {
        var chat = await PlaygroundChat.OpenAsync(fixture.Browser, fixture.Playground.Url, "Personal Chat");
        await chat.SendAsync(message);
        await chat.WaitForBotTextAsync(expected);

        var (width, height) = await chat.MeasureLastCardAsync("card-" + name);

        await CardHeights.RecordAsync(name, width, height);
        Assert.True(height > 0);
    }
}
