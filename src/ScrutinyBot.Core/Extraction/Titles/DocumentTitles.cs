using System.Text.RegularExpressions;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Extraction.Titles;

/// <summary>
/// The title of a whole document, from what it holds: "Agenda pack — Children and Young People Scrutiny Committee,
/// 15 January 2025" (a front sheet and the papers behind it), "Minutes — Cabinet, 9 January 2025" (minutes alone),
/// or a paper's own title with its meeting ("Commissioning Plan for Education Provision in Kent 2025-29 — Cabinet,
/// 30 January 2025"). The file name is used only when the paper names itself nowhere and is not a machine-made name.
/// </summary>
internal static partial class DocumentTitles
{
    /// <param name="parts">Each part's kind and display title, in order.</param>
    /// <param name="named">The title the paper gives itself (a cover field or a report's heading), when it does.</param>
    /// <param name="meeting">The meeting the document is for (a front sheet's or a cover's), when known.</param>
    /// <param name="summoned">True when the first part is the front sheet of that meeting.</param>
    public static string For(string source, IReadOnlyList<(PartKind Kind, string Title)> parts, string? named, Meeting? meeting, bool summoned)
    {
        var suffix = meeting is null ? null : Suffix(meeting.Committee ?? meeting.Council, meeting.Date);
        if (parts.Count == 0)
        {
            return FromFileName(source) ?? "Paper";
        }

        if (summoned && suffix is not null)
        {
            return parts.Count > 1 ? $"Agenda pack — {suffix}" : $"Agenda — {suffix}";
        }

        if (parts.All(p => p.Kind == PartKind.Minutes) && parts[0].Title.StartsWith("Minutes,", StringComparison.Ordinal))
        {
            return suffix is null ? parts[0].Title : $"Minutes — {suffix}";
        }

        var name = named ?? FromFileName(source) ?? parts.Select(p => p.Title).FirstOrDefault(t => !IsGeneric(t)) ?? parts[0].Title;
        return suffix is null || name.Contains(suffix, StringComparison.OrdinalIgnoreCase) ? name : $"{name} — {suffix}";
    }

    private static string? Suffix(string? body, DateOnly date) =>
        string.IsNullOrWhiteSpace(body) ? TitleDates.Format(date) : $"{body}, {TitleDates.Format(date)}";

    private static bool IsGeneric(string title) =>
        title is "Agenda" or "Front sheet" or "Report" or "Appendix" or "Paper";

    /// <summary>The file name as a title, unless it is a machine-made name ("000_bf1d6094ad6ce6d2.txt").</summary>
    public static string? FromFileName(string source)
    {
        var stem = Path.GetFileNameWithoutExtension(source).Replace('_', ' ').Trim();
        if (stem.Length < 4 || MachineMade().IsMatch(stem) || stem.Count(char.IsLetter) < 4)
        {
            return null;
        }

        return stem.Length <= PartTitles.MaxTitle ? stem : stem[..PartTitles.MaxTitle].TrimEnd() + "…";
    }

    // Hashes, GUIDs and numbered dumps: long runs of hex digits.
    [GeneratedRegex(@"[0-9a-f]{12,}|[0-9a-f]{8}-[0-9a-f]{4}-", RegexOptions.IgnoreCase)]
    private static partial Regex MachineMade();
}
