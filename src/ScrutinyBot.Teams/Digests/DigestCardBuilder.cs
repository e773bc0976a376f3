using System.Text.Json.Nodes;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Core.Retrieval.Facts;
using ScrutinyBot.Teams.App;
using ScrutinyBot.Teams.App.Cards;
using ScrutinyBot.Teams.App.Commands;
using static ScrutinyBot.Teams.App.Cards.AdaptiveCardElements;

namespace ScrutinyBot.Teams.Digests;

/// <summary>
/// A digest as an Adaptive Card (1.5) that fits about one phone screen: overdue, awaiting a full response and due
/// soon first, each grouped by committee and meeting (the heading once) with a few lines each; then new resolutions
/// summarised per meeting, each meeting's full list behind a "Show all" button. Buttons run the commands that list
/// the rest.
/// </summary>
public static class DigestCardBuilder
{
    /// <summary>Most recommendation lines shown per section; the rest are counted and one button away.</summary>
    public const int MaxLinesPerSection = 3;

    /// <summary>Most meetings whose resolutions are summarised.</summary>
    public const int MaxMeetings = 4;

    private const int MaxLineChars = 110;
    private const int MaxResolutionChars = 300;

    public static JsonObject Build(Digest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var body = new List<JsonNode>
        {
            Text("Scrutiny digest", TextStyle.Title),
            Text($"As of {UkDate.Format(digest.AsOf)} · {Summary(digest)}", TextStyle.Subtle),
        };
        if (digest.PreviousMayHaveBeenPosted)
        {
            body.Add(Text(Digest.PreviousMayHaveBeenPostedNote, TextStyle.Subtle));
        }

        if (digest.IsEmpty)
        {
            body.Add(Text("Nothing new: no new resolutions, and no executive responses overdue or due soon."));
            return Card(body, fallbackText: "Scrutiny digest: nothing new.");
        }

        RecommendationSection(body, ResponseDeadlines.OverdueHeading, digest.Overdue, "was due");
        RecommendationSection(body, ResponseDeadlines.AwaitingHeading, digest.AwaitingFullResponse, "was due");
        RecommendationSection(body, "Due soon", digest.DueSoon, "due");
        ResolutionSection(body, digest.NewResolutions);
        return Card(body, Actions(digest), fallbackText: $"Scrutiny digest as of {UkDate.Format(digest.AsOf)}: {Summary(digest)}.");
    }

    /// <summary>"2 overdue, 3 awaiting a full response, 1 due soon, 12 new resolutions".</summary>
    public static string Summary(Digest digest) =>
        $"{ResponseDeadlines.Summary(digest.Overdue.Count, digest.AwaitingFullResponse.Count)}, {digest.DueSoon.Count} due soon, "
        + $"{digest.NewResolutions.Count} new resolution{(digest.NewResolutions.Count == 1 ? string.Empty : "s")}";

    private static void RecommendationSection(List<JsonNode> body, string heading, IReadOnlyList<DigestRecommendationLine> lines, string deadlineWord)
    {
        if (lines.Count == 0)
        {
            return;
        }

        body.Add(Text($"{heading}: {lines.Count}", TextStyle.Heading));
        var left = MaxLinesPerSection;
        foreach (var group in lines.GroupBy(l => (l.Committee, l.MeetingDate)))
        {
            if (left == 0)
            {
                break;
            }

            var shown = group.Take(left).ToList();
            left -= shown.Count;
            var items = new List<JsonNode> { Text(GroupHeading(group.Key.Committee, group.Key.MeetingDate), TextStyle.Label) };
            items.AddRange(shown.Select(l => (JsonNode)Text($"• {RecommendationText(l)} — {deadlineWord} {Deadline(l)}")));
            items.Add(Text(Cite(group.First().Title ?? group.First().Source, group.First().Part, group.First().Paged ? group.First().Page : null), TextStyle.Subtle));
            if (PaperLinkAction.For(group.First().Link, group.First().Paged, group.First().Page) is { } open)
            {
                items.Add(ActionSet(open));
            }

            body.Add(Container(items, separator: true));
        }

        if (lines.Count > MaxLinesPerSection)
        {
            body.Add(Text($"and {lines.Count - MaxLinesPerSection} more (buttons below list them all).", TextStyle.Subtle));
        }
    }

    private static void ResolutionSection(List<JsonNode> body, IReadOnlyList<DigestResolutionLine> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        body.Add(Text($"New resolutions: {lines.Count}", TextStyle.Heading));
        var meetings = lines.GroupBy(l => (l.Committee, l.MeetingDate)).OrderByDescending(g => g.Key.MeetingDate).ToList();
        foreach (var meeting in meetings.Take(MaxMeetings))
        {
            var items = meeting.ToList();
            var topics = items.Select(r => r.Item).Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var summary = topics.Count == 0
                ? $"{items.Count} resolution{(items.Count == 1 ? string.Empty : "s")}"
                : $"{items.Count} resolution{(items.Count == 1 ? string.Empty : "s")} on {TextClip.OneLine(string.Join("; ", topics), MaxLineChars)}";
            var first = items[0];
            var full = items.Select(r => (JsonNode)Text($"• {TextClip.OneLine(Join(r.Reference, r.Item) is { Length: > 0 } label ? $"{label}: {r.Text}" : r.Text, MaxResolutionChars)}")).ToList();
            full.Add(Text(Cite(first.Title ?? first.Source, first.Part, first.Paged ? first.Page : null), TextStyle.Subtle));
            body.Add(Container(
            [
                Text(GroupHeading(meeting.Key.Committee, meeting.Key.MeetingDate), TextStyle.Label),
                Text(summary),
                PaperLinkAction.For(first.Link, first.Paged, first.Page) is { } open
                    ? ActionSet(ShowCard($"Show all {items.Count}", full), open)
                    : ActionSet(ShowCard($"Show all {items.Count}", full)),
            ], separator: true));
        }

        if (meetings.Count > MaxMeetings)
        {
            body.Add(Text($"and {meetings.Count - MaxMeetings} more meetings (\"All resolutions\" lists them).", TextStyle.Subtle));
        }
    }

    private static JsonNode[] Actions(Digest digest)
    {
        var actions = new List<JsonNode>();
        if (digest.Overdue.Count + digest.AwaitingFullResponse.Count > 0)
        {
            actions.Add(SendText("All overdue", CommandCatalog.Overdue.Name));
        }

        if (digest.DueSoon.Count > 0)
        {
            actions.Add(SendText("All due soon", CommandCatalog.DueSoon.Name));
        }

        if (digest.NewResolutions.Count > 0)
        {
            var since = digest.NewResolutions.Min(r => r.MeetingDate);
            actions.Add(SendText("All resolutions", $"{CommandCatalog.Resolutions.Name} since {UkDate.Format(since)}"));
        }

        return [.. actions];
    }

    private static string GroupHeading(string? committee, DateOnly meetingDate) =>
        Join(committee, $"meeting {UkDate.Format(meetingDate)}", separator: " · ");

    private static string RecommendationText(DigestRecommendationLine line)
    {
        var label = Join(line.Number is null ? null : $"Rec {line.Number}", line.Topic);
        return TextClip.OneLine(label.Length == 0 ? line.Text : $"{label}: {line.Text}", MaxLineChars);
    }

    private static string Deadline(DigestRecommendationLine line) =>
        line.Deadline is { } deadline ? UkDate.Format(deadline) : "(no date given)";

    private static string Cite(string title, string? part, int? page) =>
        "From " + Join(TextClip.OneLine(title, 100), part is null || title.Contains(part, StringComparison.Ordinal) ? null : TextClip.OneLine(part, 60),
            page is { } p ? $"page {p}" : null, separator: " · ");

    private static string Join(string? first, string? second, string? third = null, string separator = " ") =>
        string.Join(separator, new[] { first, second, third }.Where(p => !string.IsNullOrWhiteSpace(p)));
}
