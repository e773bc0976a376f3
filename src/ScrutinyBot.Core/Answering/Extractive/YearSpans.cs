using System.Globalization;
using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>The stretches of time a text's years cover, in years: "2024" is the calendar year, "2020/21" the
/// financial year from April 2020 and "2025-28" the three years from April 2025. A calendar year overlaps both
/// financial years it touches; two successive financial years do not overlap.</summary>
public static partial class YearSpans
{
    private const double April = 0.25;

    public readonly record struct Span(double Start, double End)
    {
        public bool Overlaps(Span other) => Start < other.End && other.Start < End;
    }

    public static IReadOnlyList<Span> In(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<Span>();
        var taken = new List<(int Start, int End)>();
        foreach (Match m in FinancialYears().Matches(text))
        {
            var start = int.Parse(m.Groups["start"].Value, CultureInfo.InvariantCulture);
            var end = start / 100 * 100 + int.Parse(m.Groups["end"].Value, CultureInfo.InvariantCulture);
            if (end > start)
            {
                spans.Add(new Span(start + April, end + April));
                taken.Add((m.Index, m.Index + m.Length));
            }
        }

        foreach (Match m in Years().Matches(text))
        {
            if (!taken.Any(t => m.Index >= t.Start && m.Index < t.End))
            {
                var year = int.Parse(m.Value, CultureInfo.InvariantCulture);
                spans.Add(new Span(year, year + 1));
            }
        }

        return spans;
    }

    [GeneratedRegex(@"\b(?<start>20\d\d)\s?[-/\u2013]\s?(?<end>\d\d)\b")]
    private static partial Regex FinancialYears();

    [GeneratedRegex(FigureYears.YearWritten)]
    private static partial Regex Years();
}
