using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace ScrutinyBot.Core.Sources.ModernGov;

/// <summary>Reads the web service's XML (mgWebService.asmx) with DTDs prohibited and no resolver, so entity
/// expansion (billion laughs) and external entities are refused. Element names are matched by local name and case
/// (committee: committeeid, committeetitle, committeedeleted; meeting: meetingid, meetingdate, meetingstatus;
/// linkeddoc: attachmentid, title, url, isrestricted), as public open-source ModernGov readers read them
/// (DemocracyClub/LGSF, pyPreservica.Gov; see the README's ModernGov section).</summary>
public static class ModernGovXml
{
    public static XDocument Parse(byte[] content)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            MaxCharactersInDocument = 64L * 1024 * 1024,
        };
        try
        {
            using var stream = new MemoryStream(content);
            using var reader = XmlReader.Create(stream, settings);
            return XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new ModernGovRefusedException($"the web service sent XML that is not accepted ({ex.Message})", ex);
        }
    }

    /// <summary>The committees GetCommittees lists, less those it marks deleted.</summary>
    public static IReadOnlyList<ModernGovCommittee> Committees(XDocument xml) =>
        Elements(xml, "committee")
            .Where(c => !IsTrue(Child(c, "committeedeleted")))
            .Select(c => new ModernGovCommittee(Child(c, "committeeid"), Child(c, "committeetitle")))
            .Where(c => c.Id.Length > 0)
            .ToList();

    public static IReadOnlyList<ModernGovMeeting> Meetings(XDocument xml) =>
        Elements(xml, "meeting")
            .Select(m => new ModernGovMeeting(Child(m, "meetingid"), Child(m, "meetingdate"), Child(m, "meetingstatus")))
            .Where(m => m.Id.Length > 0)
            .ToList();

    /// <summary>GetMeeting's meeting: its id, date and status.</summary>
    public static ModernGovMeeting? Meeting(XDocument xml) =>
        xml.Root is { } root && string.Equals(root.Name.LocalName, "meeting", StringComparison.OrdinalIgnoreCase)
            ? new ModernGovMeeting(Child(root, "meetingid"), Child(root, "meetingdate"), Child(root, "meetingstatus"))
            : null;

    /// <summary>GetMeeting's meeting as the site describes it: committee (its committeetitle, else
    /// <paramref name="committee"/>), date (meetingdate, dd/MM/yyyy), time (meetingtime: "10.00 am", "2:30pm", "14:00"),
    /// venue (meetinglocation) and agenda items (agendaitem: agendaitemnumber, agendaitemtitle) in the site's order.
    /// Null when it gives no date that reads.</summary>
    public static SiteMeeting? Details(XDocument xml, string site, string committee)
    {
        ArgumentNullException.ThrowIfNull(xml);
        if (xml.Root is not { } root || !DateOnly.TryParseExact(Child(root, "meetingdate"), "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        var title = Child(root, "committeetitle");
        var venue = Child(root, "meetinglocation");
        var items = Elements(xml, "agendaitem")
            .Select(i => new SiteAgendaItem(Child(i, "agendaitemnumber"), Child(i, "agendaitemtitle")))
            .Where(i => i.Title.Length > 0)
            .ToList();
        return new SiteMeeting(site, Child(root, "meetingid"), title.Length > 0 ? title : committee, date, ModernGovTime.Parse(Child(root, "meetingtime")),
            venue.Length > 0 ? venue : null, items);
    }

    /// <summary>Every published linked document (linkeddoc) of the meeting's agenda items, once each (by URL);
    /// those marked isrestricted (not for publication) are left out.</summary>
    public static IReadOnlyList<ModernGovDocument> Documents(XDocument xml) =>
        Elements(xml, "linkeddoc")
            .Where(d => !IsTrue(Child(d, "isrestricted")))
            .Select(d => new ModernGovDocument(Child(d, "attachmentid"), Child(d, "title"), Child(d, "url")))
            .Where(d => d.Url.Length > 0)
            .DistinctBy(d => d.Url, StringComparer.Ordinal)
            .ToList();

    private static bool IsTrue(string value) => string.Equals(value, "True", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<XElement> Elements(XDocument xml, string name) =>
        xml.Descendants().Where(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase));

    private static string Child(XElement parent, string name) =>
        parent.Elements().FirstOrDefault(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))?.Value.Trim()
        ?? string.Empty;
}
