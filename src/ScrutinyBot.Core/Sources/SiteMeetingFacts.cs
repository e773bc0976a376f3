using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Sources;

/// <summary>Makes a site's own account of its meetings win over what the papers' text suggests. For each synced
/// meeting, the papers fetched for it are found among the stored documents; in them, "the meeting" is the extracted
/// meeting on the site's date, or failing that the nearest one within <see cref="MaxTextDrift"/> (a date misread, or
/// the date the papers were sent out); a paper's other meetings (the previous meeting's minutes in an agenda pack)
/// are left alone. That meeting's facts take the site's committee, date, time and venue; its agenda items are the
/// site's (kept at the page the paper prints them, when it does); its attendance, resolutions and recommendations
/// move to the site's committee and date. A meeting none of whose papers names it still gets one meeting fact, cited
/// to its first paper and marked as the site's.</summary>
public static class SiteMeetingFacts
{
    /// <summary>How far a text date may be from the site's and still be taken for the same meeting: papers go out about
    /// a week before a meeting, so a date read from a front sheet's dispatch line lands within a fortnight.</summary>
    public const int MaxTextDrift = 14;

    public static FactSet Apply(FactSet set, IReadOnlyList<SiteMeeting> meetings)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(meetings);
        var facts = set.Facts;
        var byPath = set.Documents.ToDictionary(d => d.SourcePath, StringComparer.Ordinal);
        foreach (var meeting in meetings)
        {
            var papers = meeting.DocumentPaths.Select(byPath.GetValueOrDefault).OfType<StoredDocument>().ToList();
            if (papers.Count > 0)
            {
                facts = Apply(facts, meeting, papers);
            }
        }

        return ReferenceEquals(facts, set.Facts) ? set : set with { Facts = facts };
    }

    private static DocumentFacts Apply(DocumentFacts facts, SiteMeeting site, IReadOnlyList<StoredDocument> papers)
    {
        // Per paper, the text's date for this meeting (null: the paper does not name it).
        var textDates = papers.ToDictionary(p => p.Source, p => TextDate(facts.Meetings, p.Source, site.Date), StringComparer.Ordinal);
        bool IsThisMeeting(string source, DateOnly? date) => textDates.TryGetValue(source, out var d) && d is not null && d == date;

        var matched = facts.Meetings.Where(m => IsThisMeeting(m.Source, m.Date)).ToList();
        var textItems = facts.AgendaItems.Where(i => IsThisMeeting(i.Source, i.MeetingDate)).ToList();
        var first = matched.FirstOrDefault();
        var cited = papers.FirstOrDefault(p => textItems.Any(i => i.Source == p.Source))
                    ?? papers.FirstOrDefault(p => p.Source == first?.Source)
                    ?? papers[0];
        var evidence = new Evidence(cited.Source, $"{site.Site}: meeting details", first?.Evidence.Page ?? 1, site.Describe())
        {
            Paper = Paper(cited),
        };
        var meeting = new Meeting(cited.Source, first?.Council, site.Committee, site.Date, site.Start ?? first?.Start, first?.End,
            site.Venue ?? first?.Place, first?.Chair, evidence)
        {
            ChairEvidence = first?.Chair is null ? null : first.ChairEvidence ?? first.Evidence,
            EndEvidence = first?.End is null ? null : first.EndEvidence,
            Site = site.Site,
        };

        var items = site.AgendaItems.Count == 0
            ? textItems.Select(i => i with { Committee = site.Committee, MeetingDate = site.Date }).ToList()
            : site.AgendaItems.Select(i => SiteItem(site, i, cited, textItems)).ToList();

        return facts with
        {
            Meetings = [.. facts.Meetings.Where(m => !IsThisMeeting(m.Source, m.Date)), meeting],
            AgendaItems = [.. facts.AgendaItems.Where(i => !IsThisMeeting(i.Source, i.MeetingDate)), .. items],
            Attendance = [.. facts.Attendance.Select(a => IsThisMeeting(a.Source, a.MeetingDate) ? a with { Committee = site.Committee, MeetingDate = site.Date } : a)],
            Resolutions = [.. facts.Resolutions.Select(r => IsThisMeeting(r.Source, r.MeetingDate) ? r with { Committee = site.Committee, MeetingDate = site.Date } : r)],
            Recommendations = [.. facts.Recommendations.Select(r => IsThisMeeting(r.Source, r.MeetingDate) ? r with { Committee = site.Committee, MeetingDate = site.Date } : r)],
        };
    }

    /// <summary>The date the paper's text gives the site's meeting: its meeting on that date, else its nearest within
    /// the drift; null when it names none near it.</summary>
    private static DateOnly? TextDate(IEnumerable<Meeting> meetings, string source, DateOnly date) =>
        meetings
            .Where(m => m.Source == source && Math.Abs(m.Date.DayNumber - date.DayNumber) <= MaxTextDrift)
            .OrderBy(m => Math.Abs(m.Date.DayNumber - date.DayNumber))
            .Select(m => (DateOnly?)m.Date)
            .FirstOrDefault();

    private static AgendaItem SiteItem(SiteMeeting site, SiteAgendaItem item, StoredDocument cited, IReadOnlyList<AgendaItem> textItems)
    {
        var printed = textItems.FirstOrDefault(t => string.Equals(Normalise(t.Number), Normalise(item.Number), StringComparison.OrdinalIgnoreCase));
        var quote = string.IsNullOrWhiteSpace(item.Number) ? item.Title : $"{item.Number}. {item.Title}";
        var evidence = printed?.Evidence is { } at
            ? at with { Quote = quote }
            : new Evidence(cited.Source, $"{site.Site}: agenda", 1, quote) { Paper = Paper(cited) };
        return new AgendaItem(evidence.Source, site.Committee, site.Date, item.Number, item.Title, evidence) { Site = site.Site };
    }

    private static string Normalise(string number) => number.Trim().TrimEnd('.', ')');

    private static CitedPaper Paper(StoredDocument document) =>
        new(document.Metadata.Title ?? document.Source, document.Format, document.SourcePath);
}
