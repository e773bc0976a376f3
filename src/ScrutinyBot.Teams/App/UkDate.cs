using System.Globalization;
using System.Text.RegularExpressions;

namespace ScrutinyBot.Teams.App;

/// <summary>Reads and writes dates the way UK council officers type them.</summary>
public static partial class UkDate
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private static readonly string[] Formats =
    [
        "d MMMM yyyy", "d MMM yyyy", "dddd d MMMM yyyy", "dddd, d MMMM yyyy",
        "d/M/yyyy", "d/M/yy", "d.M.yyyy", "d-M-yyyy", "yyyy-MM-dd", "yyyy-M-d",
    ];

    /// <summary>Parses "15 January 2025", "15th Jan 2025", "15/01/2025" (day first) or "2025-01-15".</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var cleaned = Ordinal().Replace(text.Trim().TrimEnd('.', '?', '!'), "$1");
        cleaned = Spaces().Replace(cleaned.Replace("Sept ", "Sep ", StringComparison.OrdinalIgnoreCase), " ");
        return DateOnly.TryParseExact(cleaned, Formats, EnGb, DateTimeStyles.AllowWhiteSpaces, out date);
    }

    /// <summary>Formats as "15 January 2025".</summary>
    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
