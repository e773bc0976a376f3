using System.Globalization;

namespace ScrutinyBot.Core.Sources;

/// <summary>A meeting as a council's site describes it (ModernGov's web service): these values win over what the
/// text of the meeting's papers suggests.</summary>
/// <param name="Site">The configured site name (Sources:ModernGov:Sites:N:Name).</param>
/// <param name="MeetingId">The site's meeting id.</param>
public sealed record SiteMeeting(
    string Site,
    string MeetingId,
    string Committee,
    DateOnly Date,
    TimeOnly? Start,
    string? Venue,
    IReadOnlyList<SiteAgendaItem> AgendaItems)
{
    /// <summary>The stored paths (documents.source_path) of the meeting's papers that were fetched; set when read back.</summary>
    public IReadOnlyList<string> DocumentPaths { get; init; } = [];

    /// <summary>Everything the site said about the meeting, in one string: a meeting whose fingerprint is unchanged is
    /// not written again (so caches are not reloaded for nothing).</summary>
    public string Fingerprint =>
        string.Join('\u001f', new[] { Committee, Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Start?.ToString("HH:mm", CultureInfo.InvariantCulture) ?? string.Empty, Venue ?? string.Empty }
            .Concat(AgendaItems.Select(i => $"{i.Number}\u001e{i.Title}")));

    /// <summary>How the site's values read in a citation: "Scrutiny Committee, 15 January 2026, 10:00, Council Chamber".</summary>
    public string Describe() =>
        string.Join(", ", new[]
        {
            Committee,
            Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            Start?.ToString("HH:mm", CultureInfo.InvariantCulture),
            Venue,
        }.Where(v => !string.IsNullOrWhiteSpace(v)));
}
