namespace ScrutinyBot.EndToEnd.Tests.Playground;

/// <summary>A subscription made in the Playground gets its digest posted proactively when the schedule comes due.</summary>
public sealed class PlaygroundDigestTests(DigestPlaygroundFixture fixture) : IClassFixture<DigestPlaygroundFixture>
{
    [Fact]
    public async Task SubscribeDaily_ForcedRunAfterNine_PostsDigestIntoTheChat()
    {
        var chat = await PlaygroundChat.OpenAsync(fixture.Browser, fixture.Playground.Url, "Personal Chat");
        await chat.SendAsync("subscribe daily at 09:00");
        await chat.WaitForBotTextAsync("Subscribed to digests");

        fixture.FakeClock.Advance(TimeSpan.FromMinutes(3));
        using var http = fixture.CreateBotClient();
        using var body = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        using var run = await http.PostAsync(new Uri("api/digests/run", UriKind.Relative), body);
        run.EnsureSuccessStatusCode();

        await chat.WaitForBotTextAsync("Scrutiny digest");
        await chat.WaitForBotTextAsync("wellbeing");
        await chat.ScreenshotAsync("playground-digest");
        var (width, height) = await chat.MeasureLastCardAsync("card-digest");
        await CardHeights.RecordAsync("digest", width, height);
        Assert.True(height <= CardHeights.PhoneScreenBudget, $"The digest card is {height:0} px tall at {width:0} px wide; the budget is {CardHeights.PhoneScreenBudget:0} px (about one phone screen).");
    }
}
