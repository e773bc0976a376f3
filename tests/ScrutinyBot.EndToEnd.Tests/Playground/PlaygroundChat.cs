using Microsoft.Playwright;

namespace ScrutinyBot.EndToEnd.Tests.Playground;

/// <summary>What a person does in the Playground's web chat: open a conversation, type, read the replies.</summary>
internal sealed class PlaygroundChat(IPage page)
{
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(45);

    /// <summary>How long the chat may take to be ready on a loaded 2-core machine (its script is 9.4 MB).</summary>
    public static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(90);

    private const float SentTimeoutMs = 15_000;

    // The Playground renders each bot message (text or card) inside a Fluent AI "OutputCard".
    private const string BotMessageSelector = ".fai-OutputCard";

    public IPage Page { get; } = page;

    /// <summary>Opens the Playground and the conversation, and waits until its compose box is there: not for the
    /// page's "load" event, which waits on every request (the Playground asks CDNs that fail offline). Requests that
    /// leave the machine are refused at once instead of hanging. On failure a screenshot is kept.</summary>
    /// <param name="width">The window's width in CSS pixels (480 for a phone-width reading of the cards).</param>
    public static async Task<PlaygroundChat> OpenAsync(IBrowser browser, string playgroundUrl, string conversation, int width = 1400)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = 1000 } });
        await page.RouteAsync(url => !IsLoopback(url), route => route.AbortAsync());
        var chat = new PlaygroundChat(page);
        try
        {
            var timeout = (float)ReadyTimeout.TotalMilliseconds;
            await page.GotoAsync(playgroundUrl, new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = timeout });
            var entry = page.GetByText(conversation, new PageGetByTextOptions { Exact = true }).First;
            await entry.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = timeout });
            await entry.ClickAsync(new LocatorClickOptions { Timeout = timeout });
            await ComposeBox(page).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = timeout });
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            await chat.TryScreenshotAsync("failed-opening-" + string.Concat(conversation.Where(char.IsLetterOrDigit)));
            throw;
        }

        return chat;
    }

    /// <summary>Types and sends a message, and waits until it has left the compose box and shows in the chat. On a
    /// loaded machine the editor can drop what was typed, or the Enter, while a card is rendering; then it is typed
    /// (or sent) again, at most three times.</summary>
    public async Task SendAsync(string text)
    {
        var box = ComposeBox(Page);
        for (var attempt = 1; ; attempt++)
        {
            await box.ClickAsync();
            if (string.IsNullOrWhiteSpace(await box.InnerTextAsync()))
            {
                await box.FillAsync(text);
            }

            await Page.Keyboard.PressAsync("Enter");
            try
            {
                await Assertions.Expect(box).ToHaveTextAsync(string.Empty, new LocatorAssertionsToHaveTextOptions { Timeout = SentTimeoutMs });
                await Assertions.Expect(Page.GetByText(text, new PageGetByTextOptions { Exact = true }).Last)
                    .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = SentTimeoutMs });
                return;
            }
            catch (PlaywrightException) when (attempt < 3)
            {
                // Not sent yet: type or press Enter again.
            }
        }
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
            await TryScreenshotAsync("failed-waiting-for-" + string.Concat(text.Where(char.IsLetterOrDigit)));
            throw;
        }
    }

    /// <summary>Clicks the button with exactly this title on the newest of the bot's cards that shows <paramref name="cardText"/>.</summary>
    public async Task ClickButtonOnCardAsync(string cardText, string title)
    {
        var card = Page.Locator(BotMessageSelector).Filter(new LocatorFilterOptions { HasText = cardText }).Last;
        var button = card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title, Exact = true });
        await button.ClickAsync(new LocatorClickOptions { Timeout = (float)ReplyTimeout.TotalMilliseconds });
    }

    /// <summary>The newest card's rendered width and height once the window is narrowed to a phone's width, with a
    /// screenshot of just that card.</summary>
    public async Task<(double Width, double Height)> MeasureLastCardAsync(string name, int windowWidth = 480)
    {
        await Page.SetViewportSizeAsync(windowWidth, 1000);
        await Page.WaitForTimeoutAsync(500);
        var card = Page.Locator(".ac-adaptiveCard").Last;
        await card.ScrollIntoViewIfNeededAsync();
        var box = await card.BoundingBoxAsync() ?? throw new InvalidOperationException("The card is not rendered.");
        Directory.CreateDirectory(RepositoryPaths.ScreenshotDirectory);
        await card.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(RepositoryPaths.ScreenshotDirectory, name + ".png") });
        return (box.Width, box.Height);
    }

    public async Task<string> ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(RepositoryPaths.ScreenshotDirectory);
        var path = Path.Combine(RepositoryPaths.ScreenshotDirectory, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>A screenshot for a failure: kept when it can be taken, never hiding the failure itself.</summary>
    private async Task TryScreenshotAsync(string name)
    {
        try
        {
            await ScreenshotAsync(name);
        }
        catch (PlaywrightException)
        {
            // The page is gone; the original failure says why.
        }
    }

    // The compose box is a contenteditable with role textbox, not an input with a placeholder.
    private static ILocator ComposeBox(IPage page) => page.GetByRole(AriaRole.Textbox).First;

    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme is "data" or "blob" || ScrutinyBot.Teams.Connector.LoopbackAddress.IsLoopbackHost(uri.Host));
}
