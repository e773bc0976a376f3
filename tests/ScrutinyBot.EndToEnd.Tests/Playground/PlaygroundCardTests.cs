namespace ScrutinyBot.EndToEnd.Tests.Playground;

/// <summary>Cards as a person sees them in the Playground: each card (answer, meeting) is measured once the window is
/// narrowed to a phone's width, with a screenshot of the card kept (the digest card: PlaygroundDigestTests).</summary>
public sealed class PlaygroundCardTests(PlaygroundFixture fixture) : IClassFixture<PlaygroundFixture>
{
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
