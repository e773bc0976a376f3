using System.Text.Json.Nodes;
using ScrutinyBot.Core.Extraction;
using static ScrutinyBot.Teams.App.Cards.AdaptiveCardElements;

namespace ScrutinyBot.Teams.App.Cards;

/// <summary>Lists facts (recommendations, resolutions, meetings) with their evidence behind a button (and one that opens
/// the paper at its page, when its address is known), within the
/// size budget, and a Refresh button (Action.Execute) that re-runs the command.</summary>
public static class FactListCardBuilder
{
    public const string RefreshVerb = "refresh";
    public const string CommandKey = AdaptiveCardElements.CommandKey;

    private const int MaxLineChars = 600;
    private const int MaxQuoteChars = 2_000;

    public static JsonObject Build(string title, string? subtitle, IReadOnlyList<FactSection> sections, string? refreshCommand)
    {
        var total = sections.Sum(s => s.Items.Count);
        return CardBudget.Fit(total, shown => Build(title, subtitle, sections, refreshCommand, shown));
    }

    private static JsonObject Build(string title, string? subtitle, IReadOnlyList<FactSection> sections, string? refreshCommand, int shown)
    {
        var body = new List<JsonNode> { Text(title, TextStyle.Title) };
        if (!string.IsNullOrWhiteSpace(subtitle))
        {
            body.Add(Text(subtitle, TextStyle.Subtle));
        }

        var left = shown;
        foreach (var section in sections)
        {
            if (section.Heading is not null)
            {
                body.Add(Text(section.Heading, TextStyle.Heading));
            }

            if (section.Items.Count == 0)
            {
                body.Add(Text(section.EmptyText));
                continue;
            }

            var take = Math.Min(left, section.Items.Count);
            body.AddRange(section.Items.Take(take).Select(ItemBlock));
            left -= take;
            if (CardBudget.MoreNote(section.Items.Count, take, "items") is { } note)
            {
                body.Add(note);
            }
        }

        var actions = refreshCommand is null
            ? []
            : new JsonNode[] { Execute("Refresh", RefreshVerb, new JsonObject { [CommandKey] = refreshCommand }) };
        return Card(body, actions);
    }

    private static JsonObject ItemBlock(FactItem item)
    {
        var items = new List<JsonNode> { Text(item.Heading, TextStyle.Heading) };
        items.AddRange(item.Lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => (JsonNode)Text(TextClip.Clip(l, MaxLineChars))));
        if (item.Evidence is { } evidence)
        {
            items.Add(Text(EvidenceLine(evidence), TextStyle.Subtle));
            var quote = ShowCard("Quote", [Text(TextClip.Clip(evidence.Quote, MaxQuoteChars))]);
            items.Add(PaperLinkAction.For(evidence.Link, evidence.Paper?.Paged ?? true, evidence.Page) is { } open ? ActionSet(quote, open) : ActionSet(quote));
        }

        return Container(items, separator: true);
    }

    /// <summary>Where a fact was read: the document's title, the section, and the page of a paginated paper.</summary>
    public static string EvidenceLine(Evidence evidence)
    {
        var title = evidence.Paper?.Title ?? evidence.Source;
        var line = string.Equals(evidence.Part, evidence.Source, StringComparison.Ordinal) || string.Equals(evidence.Part, title, StringComparison.Ordinal)
            || string.IsNullOrWhiteSpace(evidence.Part)
            ? title
            : $"{title} — {TextClip.OneLine(evidence.Part, 100)}";
        return evidence.Paper is { Paged: false } ? line : $"{line}, page {evidence.Page}";
    }
}
