using System.Globalization;
using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Titles;

/// <summary>
/// What a paper's file name says once the prefixes a crawler or a download adds are taken off: a meeting slug and date
/// ("cabinet_2025-01-30_", "full_council_2025-02-13_" as Kent's papers are saved), then a decision or item number
/// ("24-00096 - ", "2 - ", "000_"). The meeting becomes source metadata (<see cref="Body"/>, <see cref="Date"/>);
/// what is left is a title only when a person wrote it (not a hash, a GUID or a number).
/// </summary>
/// <param name="Title">The human part of the name, or null when none is left.</param>
/// <param name="Body">The committee or council named by the prefix ("Full Council"), when there is one.</param>
/// <param name="Date">The meeting date named by the prefix, when there is one.</param>
internal sealed partial record SourceFileName(string? Title, string? Body, DateOnly? Date)
{
    public static SourceFileName Parse(string source)
    {
        var stem = Path.GetFileNameWithoutExtension(source).Trim();
        string? body = null;
        DateOnly? date = null;
        if (MeetingPrefix().Match(stem) is { Success: true } meeting
            && DateOnly.TryParseExact(meeting.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = day;
            body = meeting.Groups["slug"].Success ? SlugToName(meeting.Groups["slug"].Value) : null;
            stem = stem[meeting.Length..];
        }

        stem = NumberPrefix().Replace(stem, string.Empty).Replace('_', ' ').Trim(' ', '-');
        return new SourceFileName(IsHuman(stem) ? Shorten(stem) : null, body, date);
    }

    private static bool IsHuman(string stem) => stem.Length >= 4 && !MachineMade().IsMatch(stem) && stem.Count(char.IsLetter) >= 4;

    private static string Shorten(string stem) => stem.Length <= PartTitles.MaxTitle ? stem : stem[..PartTitles.MaxTitle].TrimEnd() + "…";

    private static string SlugToName(string slug) =>
        string.Join(' ', slug.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    // "cabinet_2025-01-30_", "full_council_2025-02-13 - ", "2025-01-30_": a lower-case slug (a crawler's, never a
    // person's capitalised words) and an ISO date, at the very start.
    [GeneratedRegex(@"^(?:(?<slug>[a-z]+(?:_[a-z]+)*)_)?(?<date>\d{4}-\d{2}-\d{2})(?:_+|\s*-\s*|\s+)")]
    private static partial Regex MeetingPrefix();

    // "24-00096 - ", "2 - ", "000_": numbers followed by a separator (" - " or "_"), not "2024-25 Budget".
    [GeneratedRegex(@"^(?:\d+(?:[-.]\d+)*(?:\s+-\s+|_+))+")]
    private static partial Regex NumberPrefix();

    // Hashes, GUIDs and numbered dumps: long runs of hex digits.
    [GeneratedRegex(@"[0-9a-f]{12,}|[0-9a-f]{8}-[0-9a-f]{4}-", RegexOptions.IgnoreCase)]
    private static partial Regex MachineMade();
}
