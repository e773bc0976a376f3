using System.Globalization;
using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Text;

/// <summary>
/// Finds dates the way UK councils write them: "Wednesday, 15 January 2025", "15th January 2025",
/// "15 th January 2024", "15 Jan 2025", "15/01/2025", "27.09.22"; and months such as "March 2025".
/// </summary>
internal static partial class UkDateParser
{
    public static IReadOnlyList<DateMatch> FindAll(string text)
    {
        var found = new List<DateMatch>();
        foreach (Match m in LongDate().Matches(text))
        {
            if (TryBuild(m.Groups["y"].Value, MonthNumber(m.Groups["m"].Value), m.Groups["d"].Value, out var date))
            {
                found.Add(new DateMatch(date, m.Index, m.Length));
            }
        }

        foreach (Match m in NumericDate().Matches(text))
        {
            if (!found.Any(f => Overlaps(f, m)) && TryBuild(m.Groups["y"].Value, int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), m.Groups["d"].Value, out var date))
            {
                found.Add(new DateMatch(date, m.Index, m.Length));
            }
        }

        return [.. found.OrderBy(f => f.Index)];
    }

    public static DateOnly? FindFirst(string text)
    {
        var all = FindAll(text);
        return all.Count > 0 ? all[0].Date : null;
    }

    /// <summary>The date a table cell holds, which may write its year short: "27 Feb 25" as well as what
    /// <see cref="FindFirst"/> finds. In running text "5 May 20 members" is no date, so only a cell that is the date
    /// alone is read so.</summary>
    public static DateOnly? FindInCell(string cell)
    {
        if (FindFirst(cell) is { } date)
        {
            return date;
        }

        var m = ShortYearCell().Match(cell.Trim());
        return m.Success && TryBuild(m.Groups["y"].Value, MonthNumber(m.Groups["m"].Value), m.Groups["d"].Value, out var shortYear) ? shortYear : null;
    }

    /// <summary>The date a line opens with, a weekday before it at most ("Thursday, 23 January 2025 at City Hall"): a
    /// meeting's line inside a work programme's table, not a sentence that mentions a date.</summary>
    public static DateMatch? FindLeading(string text) => FindAll(text) is [{ Index: <= 12 } first, ..] ? first : null;

    /// <summary>A month and year ("March 2025", "Sept 2024", "Nov 2025") with no day, as the first day of that month.</summary>
    public static DateMatch? FindMonth(string text)
    {
        var m = MonthYear().Match(text);
        return m.Success ? new DateMatch(new DateOnly(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), MonthNumber(m.Groups["m"].Value), 1), m.Index, m.Length) : null;
    }

    public static bool StartsWithMonthName(string text) => LeadingMonth().IsMatch(text);

    /// <summary>True for a month's name alone, with its year or without ("June", "Sept 2025"): a calendar's column heading.</summary>
    public static bool IsMonthAlone(string text) => MonthAlone().IsMatch(text.Trim());

    private static bool Overlaps(DateMatch a, Match b) => a.Index < b.Index + b.Length && b.Index < a.Index + a.Length;

    private static bool TryBuild(string year, int month, string day, out DateOnly date)
    {
        date = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        if (y < 100)
        {
            y += 2000;
        }

        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return false;
        }

        date = new DateOnly(y, month, d);
        return true;
    }

    private static int MonthNumber(string name) => name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
    };

    private const string Months = @"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)\s?(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>" + Months + @")\.?,?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex LongDate();

    [GeneratedRegex(@"^(?<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?<m>" + Months + @")\.?,?\s+(?<y>\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortYearCell();

    [GeneratedRegex(@"(?<![\d.:/£$])(?<d>[0-3]?\d)[/.](?<m>[01]?\d)[/.](?<y>(?:19|20)\d{2}|\d{2})(?![\d/%]|[.:]\d)")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"^(?:" + Months + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingMonth();

    [GeneratedRegex(@"^(?:" + Months + @")\.?(?:\s+(?:19|20)\d{2})?$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthAlone();
}
