namespace ScrutinyBot.EndToEnd.Tests.Playground;

/// <summary>A person in the Agents Playground asks the bot questions and runs commands; the answers show in the browser.</summary>
public sealed class PlaygroundConversationTests(PlaygroundFixture fixture) : IClassFixture<PlaygroundFixture>
{
    [Fact]
    public async Task PersonalChat_AskWhoChaired_ShowsAnswerCardWithCitation()
    {
        var chat = await PlaygroundChat.OpenAsync(fixture.Browser, fixture.Playground.Url, "Personal Chat");

        await chat.SendAsync("who chaired the November 2024 meeting?");

        await chat.WaitForBotTextAsync("Savage");
        await chat.WaitForBotTextAsync("Agenda pack — Children and Young People Scrutiny Committee, 15 January 2025");
        await chat.ScreenshotAsync("playground-ask-who-chaired");
    }

    [Fact]
    public async Task PersonalChat_Overdue_ShowsOverdueRecommendations()
    {
        var chat = await PlaygroundChat.OpenAsync(fixture.Browser, fixture.Playground.Url, "Personal Chat");

        await chat.SendAsync("overdue");

        await chat.WaitForBotTextAsync("wellbeing");
        await chat.ScreenshotAsync("playground-overdue");
    }
}
