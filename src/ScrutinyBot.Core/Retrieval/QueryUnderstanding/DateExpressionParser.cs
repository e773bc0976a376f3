using System.Globalization;
using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Finds the dates, months and years a question names, and "last/next meeting".</summary>
public static partial class DateExpressionParser
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static IReadOnlyList<DateMention> Parse(string text)
    {
        var mentions = new List<DateMention>();
        var taken = new bool[text.Length];
        foreach (Match m in NumericDate().Matches(text))
        {
            var (d, mo, y) = (int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture));
            if (mo is >= 1 and <= 12 && d is >= 1 and <= 31)
            {
                Add(mentions, taken, m, y < 100 ? 2000 + y : y, mo, d);
            }
        }

        foreach (Match m in DayMonthNumeric().Matches(text))
        {
            var (d, mo) = (int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture));
            // "24/25" and "11/12" are financial years, not days.
            if (mo is >= 1 and <= 12 && d is >= 1 and <= 31 && mo != d + 1 && !Overlaps(taken, m))
            {
                Add(mentions, taken, m, null, mo, d);
            }
        }

        foreach (Match m in IsoDate().Matches(text))
        {
            Add(mentions, taken, m, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
        }

        foreach (Match m in DayMonth().Matches(text))
        {
            if (MonthOf(m.Groups["mon"].Value, anchored: true) is { } month && !Overlaps(taken, m))
            {
                Add(mentions, taken, m, Year(m.Groups["y"]), month, int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
            }
        }

        foreach (Match m in MonthShortYear().Matches(text))
        {
            // "end of Sept 24", "the Jan 25 report": UK writers put the day first, so a month then 20 to 39 is a
            // year written short; "on Jan 29" is still a day.
            if (MonthOf(m.Groups["mon"].Value, anchored: true) is { } month && !Overlaps(taken, m) && !DayCue().IsMatch(text[..m.Index]))
            {
                Add(mentions, taken, m, 2000 + int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, null);
            }
        }

        foreach (Match m in MonthDay().Matches(text))
        {
            if (MonthOf(m.Groups["mon"].Value, anchored: true) is { } month && !Overlaps(taken, m))
            {
                Add(mentions, taken, m, Year(m.Groups["y"]), month, int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));
            }
        }

        foreach (Match m in MonthYear().Matches(text))
        {
            if (MonthOf(m.Groups["mon"].Value, m.Groups["y"].Success) is { } month && !Overlaps(taken, m))
            {
                Add(mentions, taken, m, Year(m.Groups["y"]), month, null);
            }
        }

        foreach (Match m in BareYear().Matches(text))
        {
            if (!Overlaps(taken, m))
            {
                Add(mentions, taken, m, int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), null, null);
            }
        }

        return mentions.OrderBy(m => text.IndexOf(m.Text, StringComparison.Ordinal)).ToList();
    }

    public static RelativeMeeting ParseRelative(string text)
    {
        if (LastMeeting().IsMatch(text))
        {
            return RelativeMeeting.Last;
        }

        return NextMeeting().IsMatch(text) ? RelativeMeeting.Next : RelativeMeeting.None;
    }

    /// <summary>A month's name or short form, for regexes over text ("14 March", "Sept 2024"): whole words only, so
    /// "Margate", "decision" and "separate" are not months; "May" only capitalised, so "may" the verb is not.</summary>
    public const string MonthWord = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|(?-i:May)|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b";

    /// <summary>True when a word is a month's name or its short form ("Mar", "Sept"), not one that merely begins
    /// like one ("Martin", "Margate").</summary>
    public static bool IsMonthName(string word) => MonthOf(word, anchored: true) is not null;

    /// <summary>The month a word names. "may" and "march" in lower case count only with a day or year beside them,
    /// so "may" the verb and "march" the noun are not months.</summary>
    private static int? MonthOf(string word, bool anchored)
    {
        var lower = word.ToLowerInvariant().TrimEnd('.');
        if (lower is "may" or "march" or "mar" && !anchored && char.IsLower(word[0]))
        {
            return null;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (lower.Length >= 3 && MonthNames[i].StartsWith(lower, StringComparison.Ordinal) && (lower.Length == 3 || lower == MonthNames[i] || lower == "sept"))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static int? Year(Group group) =>
        !group.Success ? null
        : group.Value.TrimStart('\'') is { Length: 2 } shortYear ? 2000 + int.Parse(shortYear, CultureInfo.InvariantCulture)
        : int.Parse(group.Value, CultureInfo.InvariantCulture);

    private static bool Overlaps(bool[] taken, Match m) => taken.AsSpan(m.Index, m.Length).Contains(true);

    private static void Add(List<DateMention> mentions, bool[] taken, Match m, int? year, int? month, int? day)
    {
        taken.AsSpan(m.Index, m.Length).Fill(true);
        mentions.Add(new DateMention(year, month, day, m.Value.Trim()));
    }

    [GeneratedRegex(@"\b(?<d>\d{1,2})[/.](?<m>\d{1,2})[/.](?<y>\d{4}|\d{2})\b")]
    private static partial Regex NumericDate();

    /// <summary>A day and month as chat writes them: "on 13/2"; not a fraction ("1/3 of the budget").</summary>
    [GeneratedRegex(@"(?<![\d/.£$])\b(?<d>\d{1,2})/(?<m>\d{1,2})\b(?![/.]?\d)(?!\s+of\b)")]
    private static partial Regex DayMonthNumeric();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b")]
    private static partial Regex IsoDate();

    // "14 Nov 24": a day and month with the year written short, as chat does ("24" is 2024). A superscript ordinal
    // comes out of a PDF or a web page's markup as a word of its own: "As of 31 st March 2021".
    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:\s?(?:st|nd|rd|th))?(?:\s+of)?\s+(?<mon>[A-Za-z]{3,9})\.?(?:,?\s+(?<y>(?:19|20)\d{2}|'?[12]\d(?![\d/.:-])))?\b")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<mon>[A-Za-z]{3,9})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(?<y>(?:19|20)\d{2}))?\b")]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<mon>[A-Za-z]{3,9})\.?(?:\s+(?<y>(?:19|20)\d{2}))?\b")]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<mon>[A-Za-z]{3,9})\.?\s+'?(?<y>[23]\d)\b(?!\s*(st|nd|rd|th)\b)(?!\s*[,/.:-]?\s*\d)")]
    private static partial Regex MonthShortYear();

    /// <summary>The words before a day: "on 13th", "by Jan 29". A number after them is a day, not an edition or a year.</summary>
    internal const string DayPrepositions = "on|by|from|until|till|before|after|since";

    [GeneratedRegex(@"\b(" + DayPrepositions + @")\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DayCue();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})\b(?![/-]\d)")]
    private static partial Regex BareYear();

    [GeneratedRegex(@"\b(last|previous|most recent|latest)\s+(meeting|committee|board)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LastMeeting();

    [GeneratedRegex(@"\b(next|upcoming|forthcoming|coming)\s+(meeting|committee|board)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeeting();
}
