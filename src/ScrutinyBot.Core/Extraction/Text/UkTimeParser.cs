using System.Globalization;
using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Text;

/// <summary>
/// Finds times as councils write them: "9.30 am", "4pm", "1:18pm", "10:30", "10.30am", "noon", "1000 hours", "14.00 hrs";
/// meeting spans ("from 9.31 am to 12.03 pm", "4.05 pm - 5.51 pm") and closing lines ("The meeting closed at 1:18 pm").
/// </summary>
internal static partial class UkTimeParser
{
    public static IReadOnlyList<TimeMatch> FindAll(string text)
    {
        var found = new List<TimeMatch>();
        foreach (Match m in Time().Matches(text))
        {
            if (m.Groups["noon"].Success)
            {
                found.Add(new TimeMatch(new TimeOnly(12, 0), m.Index, m.Length));
                continue;
            }

            var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
            var minute = m.Groups["min"].Success ? int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
            var ampm = m.Groups["ap"].Value.ToLowerInvariant();
            if (ampm.StartsWith('p') && hour < 12)
            {
                hour += 12;
            }
            else if (ampm.StartsWith('a') && hour == 12)
            {
                hour = 0;
            }
            else if (ampm.Length == 0 && !m.Groups["colon"].Success && !m.Groups["hrs"].Success)
            {
                continue;
            }

            if (hour < 24)
            {
                found.Add(new TimeMatch(new TimeOnly(hour, minute), m.Index, m.Length));
            }
        }

        return found;
    }

    public static TimeOnly? FindFirst(string text)
    {
        var all = FindAll(text);
        return all.Count > 0 ? all[0].Time : null;
    }

    /// <summary>"from 9.31 am to 12.03 pm", "10.00 am - 12.04 pm": the start and end of a span.</summary>
    public static (TimeOnly? Start, TimeOnly? End) FindSpan(string text)
    {
        var m = Span().Match(text);
        if (!m.Success)
        {
            return BareStartSpan(text);
        }

        var times = FindAll(m.Value);
        return times.Count >= 2 ? (times[0].Time, times[1].Time) : (null, null);
    }

    /// <summary>"6.00 - 8.20 pm": the start written without am or pm takes the end's half of the day when that keeps it
    /// before the end (18:00 to 20:20), the morning otherwise ("10.30 - 12.15 pm").</summary>
    private static (TimeOnly? Start, TimeOnly? End) BareStartSpan(string text)
    {
        var m = BareStart().Match(text);
        if (!m.Success || FindAll(m.Groups["end"].Value) is not [var end, ..])
        {
            return (null, null);
        }

        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture);
        if (hour is < 1 or > 12)
        {
            return (null, null);
        }

        var afternoon = hour < 12 && new TimeOnly(hour + 12, minute) < end.Time;
        return (new TimeOnly(afternoon ? hour + 12 : hour, minute), end.Time);
    }

    /// <summary>"The meeting closed at 1:18pm", "The meeting ended at 12.04 pm", "Concluded 6.40 pm" (Bradford's label), "The Convener closed the meeting at 11.05 a.m.".</summary>
    public static TimeOnly? FindClosing(string text)
    {
        var m = Closing().Match(text);
        if (m.Success)
        {
            // "The Meeting started at 2.15 pm and finished at 4.52 pm": the time it finished is the last.
            return FindAll(m.Value) is [.., var last] ? last.Time : null;
        }

        return Duration().IsMatch(text) ? FindSpan(text).End : null;
    }

    /// <summary>The time of "The meeting commenced at 10.00 am." or "Commenced 4.00 pm", minutes' note of when it began.</summary>
    public static TimeOnly? FindOpening(string text)
    {
        var m = Opening().Match(text);
        return m.Success ? FindFirst(m.Value) : Duration().IsMatch(text) ? FindSpan(text).Start : null;
    }

    /// <summary>"Duration of the meeting: 7.00 - 9.40 pm" (Hackney): when the meeting began and ended, after its minutes.</summary>
    [GeneratedRegex(@"^\s*(?:duration|length)\s+of\s+(?:the\s+)?meeting\s*[:\-–]?\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    /// <summary>The 24-hour clock as some councils write it: "1000 hours", "14.00 hrs".</summary>
    private const string Hours = @"\s*(?:hours|hrs)\b";

    /// <summary>The 24-hour clock in four figures after the word that sets a meeting's time, "to be held on …, 2025 at
    /// 1730 in Committee Room 1", "Commenced 1730 Concluded 1941" (Bradford), and before what ends a time (a place, a
    /// capital, punctuation): "at 1200 homes" counts homes.</summary>
    private const string ClockAfterItsWord = @"(?<=\b(?:at|" + StartLabel + "|" + EndLabel + @")\s*:?\s+)(?<h>[01]\d|2[0-3])(?<min>[0-5]\d)(?<hrs>)(?=\s*(?:$|[.,;)]|(?:in|on|at)\b|(?-i:\p{Lu})))";

    /// <summary>The labels minutes give their start and end times: "Commenced 4.00 pm", "Concluded 1952".</summary>
    private const string StartLabel = "commenced|started|began";

    private const string EndLabel = "concluded|closed|finished|ended";

    /// <summary>A time under a label of its own ("Commenced 1730"), where four figures can be nothing else.</summary>
    private const string LabelTime = "(?:" + OneTime + @"|(?:[01]\d|2[0-3])[0-5]\d)";

    private const string OneTime = @"(?:(?:[01]?\d|2[0-3])(?:[.:][0-5]\d)?\s*(?:a\.?m\.?|p\.?m\.?)|(?:[01]?\d|2[0-3]):[0-5]\d|(?:[01]\d|2[0-3])[.:]?[0-5]\d" + Hours + "|noon|midday)";

    [GeneratedRegex(@"(?<![\d.:£$])(?:(?<noon>\bnoon\b|\bmidday\b)|(?<h>[01]\d|2[0-3])[.:]?(?<min>[0-5]\d)(?<hrs>" + Hours + @")|" + ClockAfterItsWord + @"|(?<h>[01]?\d|2[0-3])(?:(?:(?<colon>:)|\.)(?<min>[0-5]\d))?\s*(?<ap>a\.?m\b\.?|p\.?m\b\.?)?)(?![\d%])", RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"(?:from\s+)?" + OneTime + @"\s*(?:to|until|till|-|–|—)\s*" + OneTime, RegexOptions.IgnoreCase)]
    private static partial Regex Span();

    [GeneratedRegex(@"(?<![\d.:£$])(?<h>[01]?\d)[.:](?<min>[0-5]\d)\s*(?:to|until|-|–|—)\s*(?<end>(?:[01]?\d)(?:[.:][0-5]\d)?\s*(?:a\.?m\b\.?|p\.?m\b\.?))", RegexOptions.IgnoreCase)]
    private static partial Regex BareStart();

    [GeneratedRegex(@"^\s*(?:" + EndLabel + @")\s*:?\s*" + LabelTime + @"\s*$|\b(?:meeting|it|committee|board|panel)\s+(?:was\s+)?(?:(?:started|commenced|began)\s+at\s+" + OneTime + @"\s+and\s+)?(?:closed|ended|concluded|finished|rose|adjourned|terminated)\s+at\s+" + OneTime + @"|\b(?:closed|ended|concluded)\s+the\s+meeting\s+at\s+" + OneTime, RegexOptions.IgnoreCase)]
    private static partial Regex Closing();

    [GeneratedRegex(@"^\s*(?:" + StartLabel + @")\s*:?\s*" + LabelTime + @"\s*$|\b(?:meeting|it|committee|board|panel)\s+(?:was\s+)?(?:commenced|started|began|opened|convened)\s+at\s+" + OneTime, RegexOptions.IgnoreCase)]
    private static partial Regex Opening();
}
