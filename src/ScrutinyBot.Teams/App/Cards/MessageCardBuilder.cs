using System.Text.Json.Nodes;
using static ScrutinyBot.Teams.App.Cards.AdaptiveCardElements;

namespace ScrutinyBot.Teams.App.Cards;

/// <summary>A plain card: a title and some lines (subscription replies, usage hints, acknowledgements).</summary>
public static class MessageCardBuilder
{
    private const int MaxLineChars = 600;

    public static JsonObject Build(string title, IEnumerable<string> lines)
    {
        var all = lines.ToList();
        return CardBudget.Fit(all.Count, shown =>
        {
            var body = new List<JsonNode> { Text(title, TextStyle.Title) };
            body.AddRange(all.Take(shown).Select(l => (JsonNode)Text(TextClip.Clip(l, MaxLineChars))));
            if (CardBudget.MoreNote(all.Count, shown, "lines") is { } note)
            {
                body.Add(note);
            }

            return Card(body);
        });
    }

    public static JsonObject Build(string title, params string[] lines) => Build(title, (IEnumerable<string>)lines);
}
