using System.Text.Json.Nodes;
using static ScrutinyBot.Teams.App.Cards.AdaptiveCardElements;

namespace ScrutinyBot.Teams.App.Cards;

/// <summary>The button that opens a fact's paper at its page, as answer citations have: only for an http(s) address.</summary>
public static class PaperLinkAction
{
    public static JsonObject? For(string? link, bool paged, int page) =>
        Uri.TryCreate(link, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? OpenUrl(paged ? $"Open page {page}" : "Open paper", url.AbsoluteUri)
            : null;
}
