namespace ScrutinyBot.Core.Sources;

/// <summary>Puts stored site meetings back together from the rows every engine reads the same way: the meetings, their
/// agenda items (in the site's order) and the stored paths of their fetched papers. Meetings with no stored paper are
/// left out: there is nothing of theirs for the site's values to win over.</summary>
public sealed class SiteMeetingRows
{
    private readonly Dictionary<(string Site, string MeetingId), SiteMeeting> _meetings = [];
    private readonly Dictionary<(string Site, string MeetingId), List<SiteAgendaItem>> _items = [];
    private readonly Dictionary<(string Site, string MeetingId), List<string>> _paths = [];

    public void AddMeeting(SiteMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        _meetings[(meeting.Site, meeting.MeetingId)] = meeting;
    }

    /// <summary>Adds an agenda item; call in the site's order.</summary>
    public void AddAgendaItem(string site, string meetingId, SiteAgendaItem item) => Add(_items, (site, meetingId), item);

    public void AddDocumentPath(string site, string meetingId, string path) => Add(_paths, (site, meetingId), path);

    public IReadOnlyList<SiteMeeting> ToList() =>
        _meetings
            .Where(m => _paths.ContainsKey(m.Key))
            .Select(m => m.Value with
            {
                AgendaItems = _items.GetValueOrDefault(m.Key) ?? [],
                DocumentPaths = _paths[m.Key].Distinct(StringComparer.Ordinal).ToList(),
            })
            .OrderBy(m => m.Date)
            .ThenBy(m => m.Site, StringComparer.Ordinal)
            .ThenBy(m => m.MeetingId, StringComparer.Ordinal)
            .ToList();

    private static void Add<T>(Dictionary<(string, string), List<T>> map, (string, string) key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
