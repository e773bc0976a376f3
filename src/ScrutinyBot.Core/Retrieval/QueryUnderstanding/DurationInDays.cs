using System.Globalization;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>A duration in weeks is the same duration in days: the statutory "20 weeks" for an EHC plan is written
/// "140 days" as often ("in 2023, 28% received their EHC Plan within 140 days"). A question's "20" and "week" are
/// covered by a text's "140" and "day", and the other way round.</summary>
public static class DurationInDays
{
    private const int DaysInWeek = 7;
    private static readonly string Week = TextTerms.Stem("weeks");
    private static readonly string Day = TextTerms.Stem("days");

    /// <summary>True when the question stem is the number or the unit of a duration the question gives in weeks (or
    /// days) and the text writes that duration in the other unit.</summary>
    public static bool Covers(string stem, IReadOnlyDictionary<string, double> questionStems, IReadOnlySet<string> textStems)
    {
        if (stem == Week || stem == Day)
        {
            return questionStems.Keys.Any(n => Other(n, stem) is { } other && textStems.Contains(other.Number) && textStems.Contains(other.Unit));
        }

        return (Other(stem, Week) is { } inDays && questionStems.ContainsKey(Week) && textStems.Contains(inDays.Number) && textStems.Contains(inDays.Unit))
            || (Other(stem, Day) is { } inWeeks && questionStems.ContainsKey(Day) && textStems.Contains(inWeeks.Number) && textStems.Contains(inWeeks.Unit));
    }

    /// <summary>The number of weeks as days (or days as weeks, when whole), with the other unit's stem.</summary>
    private static (string Number, string Unit)? Other(string number, string unit)
    {
        // Coverage asks this of every question word a text lacks: most are not numbers, and are let go at once.
        if (number.Length is 0 or > 4 || !char.IsAsciiDigit(number[0]) || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value == 0)
        {
            return null;
        }

        if (unit == Week)
        {
            return ((value * DaysInWeek).ToString(CultureInfo.InvariantCulture), Day);
        }

        return value % DaysInWeek == 0 ? ((value / DaysInWeek).ToString(CultureInfo.InvariantCulture), Week) : null;
    }
}
