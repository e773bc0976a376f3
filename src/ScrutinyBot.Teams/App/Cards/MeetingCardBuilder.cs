using System.Text.Json.Nodes;
using ScrutinyBot.Core.Extraction;
using static ScrutinyBot.Teams.App.Cards.AdaptiveCardElements;

namespace ScrutinyBot.Teams.App.Cards;

/// <summary>
/// A meeting as a card that fits about one phone screen: when, where and who chaired; attendance as counts with the
/// names behind "Show who attended"; the first few agenda items with the rest behind "Show all"; resolutions
/// summarised by agenda item with their full text behind "Show all". Everything hidden is one tap away (Action.ShowCard,
/// no round trip), and where each part was read is cited once per section.
/// </summary>
public static class MeetingCardBuilder
{
    /// <summary>Agenda items listed before the rest are folded away.</summary>
    public const int AgendaItemsShown = 3;

    /// <summary>Agenda topics named in the resolutions' summary before "and N more".</summary>
    public const int ResolutionTopicsShown = 3;

    private const int MaxTopicChars = 70;
    private const int MaxResolutionChars = 400;
    private const int MaxNamesChars = 1_500;

    public static JsonObject Build(MeetingCard meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return CardBudget.Fit(meeting.Resolutions.Count, shown => Build(meeting, shown));
    }

    private static JsonObject Build(MeetingCard meeting, int resolutionsShown)
    {
        var title = $"Meeting of {UkDate.Format(meeting.Date)}";
        var body = new List<JsonNode> { Text(title, TextStyle.Title) };
        if (meeting.Meetings.Count == 0)
        {
            body.Add(Text("I have no meeting on that date in the papers."));
        }

        body.AddRange(meeting.Meetings.Select(MeetingBlock));
        body.Add(AttendanceBlock(meeting.Attendance));
        if (meeting.AgendaItems.Count > 0)
        {
            body.Add(AgendaBlock(meeting.AgendaItems));
        }

        body.Add(ResolutionsBlock(meeting.Resolutions, resolutionsShown));
        return Card(body, fallbackText: $"{title}: {Summary(meeting)}.");
    }

    /// <summary>"1 meeting, 14 attending, 9 agenda items, 13 resolutions".</summary>
    public static string Summary(MeetingCard meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return $"{Count(meeting.Meetings.Count, "meeting")}, {Count(meeting.Attendance.Count, "person", "people")} recorded, "
            + $"{Count(meeting.AgendaItems.Count, "agenda item")}, {Count(meeting.Resolutions.Count, "resolution")}";
    }

    private static JsonObject MeetingBlock(Meeting m)
    {
        var items = new List<JsonNode> { Text(m.Committee ?? m.Council ?? "Meeting", TextStyle.Label) };
        var when = m.Start is { } start ? (m.End is { } end ? $"{start:HH\\:mm}–{end:HH\\:mm}" : $"from {start:HH\\:mm}") : null;
        if (FactItems.Join(" · ", when, m.Place is null ? null : TextClip.OneLine(m.Place, 120)) is { } line)
        {
            items.Add(Text(line));
        }

        if (!string.IsNullOrWhiteSpace(m.Chair))
        {
            items.Add(Text($"Chair: {m.Chair}"));
        }

        items.Add(Text(FactListCardBuilder.EvidenceLine(m.Evidence), TextStyle.Subtle));
        return Container(items, separator: true);
    }

    private static JsonObject AttendanceBlock(IReadOnlyList<Attendance> attendance)
    {
        if (attendance.Count == 0)
        {
            return Container([Text("Attendance", TextStyle.Heading), Text("No attendance recorded.")], separator: true);
        }

        var groups = attendance.GroupBy(a => a.Status).OrderBy(g => g.Key).ToList();
        var counts = string.Join(", ", groups.Select(g => $"{g.Count()} {StatusCountName(g.Key)}"));
        var names = groups.Select(g => (JsonNode)Term(StatusName(g.Key), TextClip.Clip(string.Join(", ", g.Select(Person)), MaxNamesChars))).ToList();
        names.Add(Text(FactListCardBuilder.EvidenceLine(attendance[0].Evidence), TextStyle.Subtle));
        return Container(
        [
            Text("Attendance", TextStyle.Heading),
            Text(counts),
            ActionSet(ShowCard("Show who attended", names)),
        ], separator: true);
    }

    private static JsonObject AgendaBlock(IReadOnlyList<AgendaItem> agenda)
    {
        var items = new List<JsonNode> { Text($"Agenda: {Count(agenda.Count, "item")}", TextStyle.Heading) };
        items.AddRange(agenda.Take(AgendaItemsShown).Select(AgendaLine));
        if (agenda.Count > AgendaItemsShown)
        {
            var rest = agenda.Skip(AgendaItemsShown).Select(AgendaLine).ToList();
            rest.Add(Text(FactListCardBuilder.EvidenceLine(agenda[0].Evidence), TextStyle.Subtle));
            items.Add(ActionSet(ShowCard($"Show all {agenda.Count} items", rest)));
        }
        else
        {
            items.Add(Text(FactListCardBuilder.EvidenceLine(agenda[0].Evidence), TextStyle.Subtle));
        }

        return Container(items, separator: true);
    }

    private static JsonNode AgendaLine(AgendaItem item) => Text($"{item.Number}. {TextClip.OneLine(item.Title, MaxTopicChars)}");

    private static JsonObject ResolutionsBlock(IReadOnlyList<Resolution> resolutions, int shown)
    {
        if (resolutions.Count == 0)
        {
            return Container([Text("Resolutions", TextStyle.Heading), Text("No resolutions recorded.")], separator: true);
        }

        var topics = resolutions
            .GroupBy(r => string.IsNullOrWhiteSpace(r.Item) ? "Other business" : TextClip.OneLine(r.Item, MaxTopicChars), StringComparer.OrdinalIgnoreCase)
            .Select(g => $"{g.Key} ({g.Count()})")
            .ToList();
        var items = new List<JsonNode> { Text($"Resolutions: {resolutions.Count}", TextStyle.Heading) };
        items.AddRange(topics.Take(ResolutionTopicsShown).Select(t => (JsonNode)Text($"• {t}")));
        if (topics.Count > ResolutionTopicsShown)
        {
            items.Add(Text($"and {Count(topics.Count - ResolutionTopicsShown, "more item")}", TextStyle.Subtle));
        }

        var full = resolutions.Take(shown).Select(r => (JsonNode)Text($"• {ResolutionLine(r)}")).ToList();
        if (CardBudget.MoreNote(resolutions.Count, shown, "resolutions") is { } note)
        {
            full.Add(note);
        }

        full.Add(Text(FactListCardBuilder.EvidenceLine(resolutions[0].Evidence), TextStyle.Subtle));
        items.Add(ActionSet(ShowCard($"Show all {resolutions.Count}", full)));
        return Container(items, separator: true);
    }

    private static string ResolutionLine(Resolution r)
    {
        var label = FactItems.Join(" ", r.MinuteNumber is null ? null : $"Minute {r.MinuteNumber}", r.Item is null ? null : TextClip.OneLine(r.Item, MaxTopicChars));
        return TextClip.OneLine(label is null ? r.Text : $"{label}: {r.Text}", MaxResolutionChars);
    }

    private static string Person(Attendance a) => a.Role is null ? a.Name : $"{a.Name} ({a.Role})";

    private static string Count(int n, string noun, string? plural = null) => $"{n} {(n == 1 ? noun : plural ?? noun + "s")}";

    private static string StatusName(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => "Present",
        AttendanceStatus.Absent => "Absent",
        AttendanceStatus.Apologies => "Apologies",
        AttendanceStatus.Substitute => "Substitutes",
        _ => "Also in attendance",
    };

    private static string StatusCountName(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Present => "present",
        AttendanceStatus.Absent => "absent",
        AttendanceStatus.Apologies => "apologies",
        AttendanceStatus.Substitute => "substitutes",
        _ => "also attending",
    };
}
