using System.Xml;
using System.Xml.Linq;

namespace ScrutinyBot.Core.Sources.ModernGov;

/// <summary>Reads the web service's XML (mgWebService.asmx) with DTDs prohibited and no resolver, so entity
/// expansion (billion laughs) and external entities are refused.</summary>
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

    public static IReadOnlyList<ModernGovCommittee> Committees(XDocument xml) =>
        Elements(xml, "committee")
            .Select(c => new ModernGovCommittee(Child(c, "committeeid"), Child(c, "committeetitle")))
            .Where(c => c.Id.Length > 0)
            .ToList();

    public static IReadOnlyList<ModernGovMeeting> Meetings(XDocument xml) =>
        Elements(xml, "meeting")
            .Select(m => new ModernGovMeeting(Child(m, "meetingid"), Child(m, "meetingdate")))
            .Where(m => m.Id.Length > 0)
            .ToList();

    /// <summary>Every linked document of the meeting and its agenda items, once each (by URL).</summary>
    public static IReadOnlyList<ModernGovDocument> Documents(XDocument xml) =>
        Elements(xml, "linkeddocument")
            .Select(d => new ModernGovDocument(Child(d, "documentid"), Child(d, "title"), Child(d, "url")))
            .Where(d => d.Url.Length > 0)
            .DistinctBy(d => d.Url, StringComparer.Ordinal)
            .ToList();

    private static IEnumerable<XElement> Elements(XDocument xml, string name) =>
        xml.Descendants().Where(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase));

    private static string Child(XElement parent, string name) =>
        parent.Elements().FirstOrDefault(e => string.Equals(e.Name.LocalName, name, StringComparison.OrdinalIgnoreCase))?.Value.Trim()
        ?? string.Empty;
}
