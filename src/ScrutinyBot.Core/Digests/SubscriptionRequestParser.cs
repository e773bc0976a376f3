using System.Globalization;
using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Digests;

/// <summary>Reads "[daily|weekly|monthly] [at HH:MM] [on &lt;weekday&gt;|on the 31st] [committee names]".
/// "subscribe" alone means daily at 09:00; weekly without a day means Monday; monthly without a day means the 1st;
/// a weekday without a cadence means weekly. Committee names are what is left, separated by commas.</summary>
public static partial class SubscriptionRequestParser
{
    public static bool TryParse(string? arguments, out SubscriptionRequest request, out string error)
    {
        request = new SubscriptionRequest(DigestSchedule.Default, []);
        error = string.Empty;
        var text = (arguments ?? string.Empty).Trim();
        DigestCadence? cadence = null;
        var cadenceMatch = CadenceWord().Match(text);
        if (cadenceMatch.Success)
        {
            cadence = Enum.Parse<DigestCadence>(cadenceMatch.Groups[1].Value, ignoreCase: true);
            text = text.Remove(cadenceMatch.Index, cadenceMatch.Length);
        }

        var at = new TimeOnly(9, 0);
        var atMatch = AtTime().Match(text);
        if (atMatch.Success)
        {
            if (!TryReadTime(atMatch, out at))
            {
                error = $"'{atMatch.Value.Trim()}' is not a time of day; use 24-hour HH:MM, e.g. \"at 09:00\".";
                return false;
            }

            text = text.Remove(atMatch.Index, atMatch.Length);
        }

        DayOfWeek? weekday = null;
        int? day = null;
        var weekdayMatch = OnWeekday().Match(text);
        var dayMatch = OnDay().Match(text);
        if (weekdayMatch.Success)
        {
            weekday = ReadWeekday(weekdayMatch.Groups[1].Value);
            text = text.Remove(weekdayMatch.Index, weekdayMatch.Length);
        }
        else if (dayMatch.Success)
        {
            day = int.Parse(dayMatch.Groups[1].Value, CultureInfo.InvariantCulture);
            if (day is < 1 or > 31)
            {
                error = $"Day {day} is not a day of the month; use 1 to 31 (29-31 run on the last day of shorter months).";
                return false;
            }

            text = text.Remove(dayMatch.Index, dayMatch.Length);
        }

        cadence ??= weekday is not null ? DigestCadence.Weekly : day is not null ? DigestCadence.Monthly : DigestCadence.Daily;
        if ((weekday is not null && cadence != DigestCadence.Weekly) || (day is not null && cadence != DigestCadence.Monthly))
        {
            error = "Use \"weekly on <weekday>\" or \"monthly on the <day>\"; a daily digest runs every day.";
            return false;
        }

        var schedule = cadence switch
        {
            DigestCadence.Weekly => new DigestSchedule(DigestCadence.Weekly, at, weekday ?? DayOfWeek.Monday, null),
            DigestCadence.Monthly => new DigestSchedule(DigestCadence.Monthly, at, null, day ?? 1),
            _ => new DigestSchedule(DigestCadence.Daily, at, null, null),
        };
        var committees = text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => Spaces().Replace(ForPrefix().Replace(c, string.Empty), " ").Trim())
            .Where(c => c.Length > 0)
            .ToList();
        request = new SubscriptionRequest(schedule, committees);
        return true;
    }

    private static bool TryReadTime(Match match, out TimeOnly time)
    {
        time = default;
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var meridiem = match.Groups["ampm"].Value.ToLowerInvariant();
        if (meridiem.Length > 0)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = hour % 12 + (meridiem == "pm" ? 12 : 0);
        }

        if (hour > 23 || minute > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        return true;
    }

    private static DayOfWeek ReadWeekday(string word) =>
        Enum.GetValues<DayOfWeek>().First(d => d.ToString().StartsWith(word[..3], StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\b(daily|weekly|monthly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CadenceWord();

    [GeneratedRegex(@"\bat\s+(?<h>\d{1,2})(?:[:.](?<m>\d{2}))?\s*(?<ampm>am|pm)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AtTime();

    [GeneratedRegex(@"\bon\s+(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnWeekday();

    [GeneratedRegex(@"\bon\s+(?:the\s+|day\s+)?(\d{1,2})(?:st|nd|rd|th)?\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnDay();

    [GeneratedRegex(@"^\s*(?:for|about)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ForPrefix();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
