using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Extraction.Titles;

/// <summary>
/// The title of a whole document, from what it holds: "Agenda pack — Children and Young People Scrutiny Committee,
/// 15 January 2025" (a front sheet and the papers behind it), "Minutes — Cabinet, 9 January 2025" (minutes alone),
/// or a paper's own title with its meeting ("Commissioning Plan for Education Provision in Kent 2025-29 — Cabinet,
/// 30 January 2025"). The file name is used only when the paper names itself nowhere, without a crawler's prefix
/// (whose meeting slug and date stand in for a meeting the paper does not name), and never when it is machine-made.
/// </summary>
internal static class DocumentTitles
{
    /// <param name="parts">Each part's kind and display title, in order.</param>
    /// <param name="named">The title the paper gives itself (a cover field or a report's heading), when it does.</param>
    /// <param name="meeting">The meeting the document is for (a front sheet's or a cover's), when known.</param>
    /// <param name="summoned">True when the first part is the front sheet of that meeting.</param>
    public static string For(string source, IReadOnlyList<(PartKind Kind, string Title)> parts, string? named, Meeting? meeting, bool summoned)
    {
        var file = SourceFileName.Parse(source);
        var own = meeting is null ? null : Suffix(meeting.Committee ?? meeting.Council, meeting.Date);
        var suffix = own ?? (file.Date is { } date ? Suffix(file.Body, date) : null);
        if (parts.Count == 0)
        {
            return file.Title is null ? "Paper" : WithSuffix(file.Title, suffix);
        }

        if (summoned && suffix is not null)
        {
            return parts.Count > 1 ? $"Agenda pack — {suffix}" : $"Agenda — {suffix}";
        }

        if (parts.All(p => p.Kind == PartKind.Minutes) && parts[0].Title.StartsWith("Minutes,", StringComparison.Ordinal))
        {
            // Minutes are often filed under a later meeting (the one that approves them): only their own date counts.
            return own is null ? parts[0].Title : $"Minutes — {own}";
        }

        var name = named ?? file.Title ?? parts.Select(p => p.Title).FirstOrDefault(t => !IsGeneric(t)) ?? parts[0].Title;
        return WithSuffix(name, suffix);
    }

    private static string WithSuffix(string name, string? suffix) =>
        suffix is null || name.Contains(suffix, StringComparison.OrdinalIgnoreCase) ? name : $"{name} — {suffix}";

    private static string? Suffix(string? body, DateOnly date) =>
        string.IsNullOrWhiteSpace(body) ? TitleDates.Format(date) : $"{body}, {TitleDates.Format(date)}";

    private static bool IsGeneric(string title) =>
        title is "Agenda" or "Front sheet" or "Report" or "Appendix" or "Paper";

    /// <summary>The file name as a title, without a crawler's prefix, unless it is a machine-made name
    /// ("000_bf1d6094ad6ce6d2.txt").</summary>
    public static string? FromFileName(string source) => SourceFileName.Parse(source).Title;
}
