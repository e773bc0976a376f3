using Microsoft.Playwright;

namespace ScrutinyBot.EndToEnd.Tests.Playground;

/// <summary>What a person does in the Playground's web chat: open a conversation, type, read the replies.</summary>
internal sealed class PlaygroundChat(IPage page)
{
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(45);

    // The Playground renders each bot message (text or card) inside a Fluent AI "OutputCard".
    private const string BotMessageSelector = ".fai-OutputCard";

    public IPage Page { get; } = page;

    public static async Task<PlaygroundChat> OpenAsync(IBrowser browser, string playgroundUrl, string conversation)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        await page.GotoAsync(playgroundUrl);
        await page.GetByText(conversation, new PageGetByTextOptions { Exact = true }).First.ClickAsync();
        return new PlaygroundChat(page);
    }

    public async Task SendAsync(string text)
    {
        var box = Page.GetByRole(AriaRole.Textbox).First;
        await box.ClickAsync();
        await box.FillAsync(text);
        await Page.Keyboard.PressAsync("Enter");
    }

    /// <summary>Waits until a message from the bot (not the log panel, not the user's own words) shows <paramref name="text"/>.
    /// On failure the page is kept as a screenshot named after the missing text.</summary>
    public async Task WaitForBotTextAsync(string text)
    {
        try
        {
            await Assertions.Expect(Page.Locator(BotMessageSelector).Filter(new LocatorFilterOptions { HasText = text }).First)
                .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = (float)ReplyTimeout.TotalMilliseconds });
        }
        catch (PlaywrightException)
        {
            await ScreenshotAsync("failed-waiting-for-" + string.Concat(text.Where(char.IsLetterOrDigit)));
            throw;
        }
    }

    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(RepositoryPaths.ScreenshotDirectory);
        var path = Path.Combine(RepositoryPaths.ScreenshotDirectory, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
