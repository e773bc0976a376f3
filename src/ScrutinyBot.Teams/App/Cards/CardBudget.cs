using System.Text.Json.Nodes;

namespace ScrutinyBot.Teams.App.Cards;

/// <summary>Keeps cards well inside Teams' message limit (100 KB, aim for 80 KB, counted as UTF-16): a card
/// that lists things is built with fewer items until its JSON fits.</summary>
public static class CardBudget
{
    /// <summary>Most characters of card JSON we send: 28,000 characters is about 56 KB as UTF-16.</summary>
    public const int MaxCardChars = 28_000;

    /// <summary>Most items any list card shows before saying how many more there are.</summary>
    public const int MaxItems = 20;

    /// <param name="build">Builds the card showing the first n items (and a note about the rest).</param>
    public static JsonObject Fit(int itemCount, Func<int, JsonObject> build)
    {
        var shown = Math.Min(itemCount, MaxItems);
        var card = build(shown);
        while (shown > 0 && Size(card) > MaxCardChars)
        {
            shown = shown > 4 ? shown * 3 / 4 : shown - 1;
            card = build(shown);
        }

        return card;
    }

    public static int Size(JsonNode card) => card.ToJsonString().Length;

    public static JsonObject? MoreNote(int total, int shown, string noun) =>
        total > shown
            ? AdaptiveCardElements.Text($"{total - shown} more {noun} not shown, to keep this message small. Narrow the question to see them.", TextStyle.Subtle)
            : null;
}
