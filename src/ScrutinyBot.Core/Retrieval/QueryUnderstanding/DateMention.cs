namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>A date the question names, as precisely as it names it: "15 Jan" (day and month),
/// "November 2024" (month and year), "2021" (year), "15/01/2025" (all three).</summary>
/// <param name="Text">The words of the question that named it.</param>
public sealed record DateMention(int? Year, int? Month, int? Day, string Text)
{
    /// <summary>True when the date falls within what the mention names (missing parts match anything).</summary>
    public bool Matches(DateOnly date) =>
        (Year is null || Year == date.Year) && (Month is null || Month == date.Month) && (Day is null || Day == date.Day);

    /// <summary>True when a date written in a text is the one this mention names: same month (and day, and year
    /// when both give them); a year-only mention needs the same year.</summary>
    public bool IsCompatibleWith(DateMention written)
    {
        if (Month is null)
        {
            return Year is not null && written.Year == Year;
        }

        return written.Month == Month
            && (Day is null || written.Day == Day)
            && (Year is null || written.Year is null || written.Year == Year);
    }

    /// <summary>False when the text cannot write a date <see cref="IsCompatibleWith"/> this one: it holds neither the
    /// month (by name or number) nor, for a year alone, the year's last two digits. A cheap test before parsing the
    /// text's dates, which ranking asks of every candidate passage and paper title.</summary>
    public bool MayBeWrittenIn(string text) =>
        Month is { } m
            ? text.Contains(MonthStems[m - 1], StringComparison.OrdinalIgnoreCase) || text.Contains(m.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            : Year is { } y && text.Contains((y % 100).ToString("00", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static readonly string[] MonthStems = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The exact date when day, month and year are all given.</summary>
    public DateOnly? ExactDate => Year is { } y && Month is { } m && Day is { } d && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    /// <summary>The first and last day the mention covers, when it gives a year.</summary>
    public (DateOnly From, DateOnly To)? Range
    {
        get
        {
            if (Year is not { } y)
            {
                return null;
            }

            if (Month is not { } m)
            {
                return (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
            }

            return ExactDate is { } exact ? (exact, exact) : (new DateOnly(y, m, 1), new DateOnly(y, m, DateTime.DaysInMonth(y, m)));
        }
    }
}
