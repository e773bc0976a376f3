using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>The years and months a question asks about, and whether a figure or text is dated to others.</summary>
public static partial class FigureYears
{
    /// <summary>A year in a paper's text: not the digits of a decimal, a percentage or a sum ("5.2000%", "£2000"), nor the first part of a
    /// reference number ("RESOLVED (2024/001)": a year's serial, not a date).</summary>
    public const string YearWritten = @"(?<![\d.,£])\b(19|20)\d\d\b(?!%|[.,]\d|/(0\d{2,}|\d{3}(?!\d)))";

    /// <summary>The months the question asks figures for ("in February 2024"), not those of a paper it points at.</summary>
    internal static List<DateMention> AskedMonths(QueryAnalysis analysis) =>
        DateExpressionParser.Parse(ContextClauses.WithoutPointers(analysis.Text)).Where(d => d is { Year: not null, Month: not null, Day: null }).ToList();

    /// <summary>"In the month of January 2024 the Local Authority received 166 requests" does not say how many came in
    /// February 2024: a figure dated to another month of the year asked is another month's figure.</summary>
    internal static bool OfAnotherMonth(string text, IReadOnlyList<DateMention> asked)
    {
        if (asked.Count == 0)
        {
            return false;
        }

        var written = DateExpressionParser.Parse(text).Where(w => w.Month is not null && asked.Any(a => a.Year == w.Year)).ToList();
        return written.Count > 0 && !written.Any(w => asked.Any(a => a.IsCompatibleWith(w)));
    }

    /// <summary>"… (update to the April 2024 select committee)", "the report to CYP scrutiny in Jan 2024 - how much …": a
    /// month the question names that is the unit's own meeting's dates the paper, not its figures, and a paper gives the
    /// figures of its year and the one before.</summary>
    internal static IReadOnlyList<int> YearsFor(QueryAnalysis analysis, IReadOnlyList<int> asked, AnswerUnit unit) =>
        unit.Passage.Hit.Chunk.MeetingDate is { } meeting && asked.Contains(meeting.Year) && !asked.Contains(meeting.Year - 1)
        && analysis.Dates.Any(d => d.Month is not null && d.Matches(meeting) && DatedMeeting.IsNamed(analysis.Text, d))
            ? [.. asked, meeting.Year - 1]
            : asked;

    /// <summary>"There were 19 cases of veteran homelessness … in 2024. Veterans in the prison estate range from 2% to
    /// 5%.": a figure whose sentence names no year is dated by the nearest sentence before it that names one (a financial
    /// year, "2022/23", by both of its years).</summary>
    internal static bool DatedByTheSentencesBefore(AnswerUnit unit, IReadOnlyList<string> before, IReadOnlyList<int> askedYears, QueryAnalysis analysis)
    {
        if (askedYears.Count == 0 || YearText().IsMatch(unit.Text) || before.Reverse().FirstOrDefault(b => Years(b).Count > 0) is not { } dating)
        {
            return false;
        }

        var asked = AskedSpans(analysis);
        return asked.Count > 0 ? !YearSpans.In(dating).Any(s => asked.Any(s.Overlaps)) : !Years(dating).Any(askedYears.Contains);
    }

    /// <summary>The spans of the years the question itself asks about, not those dating a meeting or paper it points at.</summary>
    private static IReadOnlyList<YearSpans.Span> AskedSpans(QueryAnalysis analysis) =>
        YearAsked().IsMatch(analysis.Text) ? [] : YearSpans.In(WithoutMonthDates(ContextClauses.WithoutPointers(analysis.Text)));

    /// <summary>"The number of enquiries made to the MASH in this year was 19,756" in the "Annual Report 2020/21": a
    /// figure that neither its sentence nor those before it date is of the year its paper's title names, and is not an
    /// answer for "in 2021/22". Years are compared as the spans they cover, so a financial year is not the one after it.</summary>
    internal static bool DatedByItsPaper(AnswerUnit unit, IReadOnlyList<string> before, QueryAnalysis analysis)
    {
        if (YearText().IsMatch(unit.Text) || before.Any(YearText().IsMatch))
        {
            return false;
        }

        // A part's title ("Minutes, 27 January 2022") or a pack's may date its meeting: only a year written alone titles the paper's year.
        var chunk = unit.Passage.Hit.Chunk;
        var titled = YearSpans.In(WithoutMonthDates(chunk.PartTitle + " | " + chunk.PaperName));
        if (titled.Count == 0)
        {
            return false;
        }

        var asked = AskedSpans(analysis);
        return asked.Count > 0 && !asked.Any(a => titled.Any(a.Overlaps));
    }

    /// <summary>"How many places were in the Commissioning Plan 2024-28?" is not answered from the Commissioning Plan
    /// 2025-29: a span of three years or more is a plan's period and names its edition, so a figure from a paper titled
    /// with another such period is the other edition's, unless the text itself names the period asked.</summary>
    internal static bool OfAnotherPlanPeriod(AnswerUnit unit, QueryAnalysis analysis)
    {
        var asked = AskedSpans(analysis).Where(IsPlanPeriod).ToList();
        if (asked.Count == 0)
        {
            return false;
        }

        var chunk = unit.Passage.Hit.Chunk;
        var titled = YearSpans.In(WithoutMonthDates(chunk.PartTitle + " | " + chunk.PaperName)).Where(IsPlanPeriod).ToList();
        return titled.Count > 0 && !titled.Any(asked.Contains) && !YearSpans.In(unit.Text).Any(asked.Contains);
    }

    private static bool IsPlanPeriod(YearSpans.Span span) => span.End - span.Start >= 3;

    /// <summary>"What was the pension fund deficit as at 31 March 2023?" is not answered by "valued at £34.8m as at
    /// 31.03.24": a balance asked at a day is given by a text stating it at that day, not by one stating its figures
    /// only at other days. Other dates (a deposit's end date in its row) do not say when a figure stood, and a day that
    /// names a meeting ("at the 31 March 2022 meeting") is not asked about.</summary>
    internal static bool AtAnotherDay(string text, QueryAnalysis analysis)
    {
        var asked = analysis.Dates.Where(d => d.Day is not null && d.Month is not null && AtTheDay(analysis.Text, d) && !DatedMeeting.IsNamed(analysis.Text, d)).ToList();
        if (asked.Count == 0)
        {
            return false;
        }

        var written = DateExpressionParser.Parse(text).Where(w => w.Day is not null && w.Month is not null && AtTheDay(text, w)).ToList();
        return written.Count > 0 && !written.Any(w => asked.Any(a => a.IsCompatibleWith(w)));
    }

    private static bool AtTheDay(string text, DateMention date)
    {
        var at = text.IndexOf(date.Text, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && AtBefore().IsMatch(text[..at]);
    }

    [GeneratedRegex(@"\b(as\s+(at|of)|at)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex AtBefore();

    internal static bool DatedOtherwise(AnswerUnit unit, IReadOnlyList<int> askedYears)
    {
        if (askedYears.Count == 0)
        {
            return false;
        }

        var years = YearsDating(unit.Text);
        if (years.Count > 0)
        {
            return !years.Any(askedYears.Contains);
        }

        return unit.Passage.Hit.Chunk.MeetingDate is { } meeting && !askedYears.Any(y => y == meeting.Year || y == meeting.Year - 1);
    }

    /// <summary>"What's the national living wage going to be in 2026-27?" is not answered by "the National Living Wage
    /// will rise by 6.7% from April 2025": a text that dates itself only by years other than those the question asks
    /// about (a year on its own or a financial year, "2024-25" being both its years) speaks of another year.</summary>
    public static bool SpeaksOfAnotherYear(QueryAnalysis analysis, string text)
    {
        var asked = YearsAskedAbout(analysis);
        var written = YearsDating(text);
        return asked.Count > 0 && written.Count > 0 && !written.Any(asked.Contains);
    }

    /// <summary>True when the text names a year the question asks about (<see cref="SpeaksOfAnotherYear"/>).</summary>
    public static bool SpeaksOfTheYearAsked(QueryAnalysis analysis, string text)
    {
        var asked = YearsAskedAbout(analysis);
        return YearsDating(text).Any(asked.Contains);
    }

    private static HashSet<int> YearsAskedAbout(QueryAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Years(WithoutMonthDates(ContextClauses.WithoutPointers(analysis.Text))).ToHashSet();
    }

    /// <summary>The text without the dates written with a month: a year given with its month dates a meeting or a paper
    /// ("on 30 January 2025"), not what is asked about.</summary>
    private static string WithoutMonthDates(string text) =>
        DateExpressionParser.Parse(text).Where(d => d.Month is not null)
            .Aggregate(text, (rest, d) => rest.Replace(d.Text, " ", StringComparison.Ordinal));

    /// <summary>True when the text dates itself by years and none is the year given.</summary>
    internal static bool DatesOnlyOtherYears(string text, int year)
    {
        var years = YearsDating(text);
        return years.Count > 0 && !years.Contains(year);
    }

    /// <summary>The years a text dates its figures by. "... 119 in Q2, and the total since 2005 to 8,501": a running
    /// total's first year does not date the figures, nor does a year a sum is brought back to ("budget restored to
    /// reinstate 933.0 … to 2022-23 levels").</summary>
    private static List<int> YearsDating(string text) =>
        YearText().Matches(text).Where(m => !SinceYear().IsMatch(text[..m.Index]) && !LevelsOfAYear().IsMatch(text[m.Index..]))
            .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>The years the question asks about. A year that only dates the paper it points at ("in the Jan 2024
    /// report, how much did…") dates the figures as a meeting's year does: that year's or the year before. A question
    /// that asks which year ("in which year did births peak?") takes the figure's year from the papers: a year it
    /// writes names something else ("KCP 2025-29", the plan's title).</summary>
    internal static IReadOnlyList<int> AskedYears(QueryAnalysis analysis)
    {
        if (YearAsked().IsMatch(analysis.Text))
        {
            return [];
        }

        var asked = Years(ContextClauses.WithoutPointers(analysis.Text));
        return asked.Count > 0 ? asked : Years(analysis.Text).SelectMany(y => new[] { y, y - 1 }).ToList();
    }

    /// <summary>The years a text names; a financial year ("2020/21") names both of its years.</summary>
    private static List<int> Years(string text) =>
        YearText().Matches(text).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))
            .Concat(FinancialYearEnd().Matches(text).Select(m => int.Parse(m.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1))
            .Distinct().ToList();

    [GeneratedRegex(YearWritten)]
    private static partial Regex YearText();

    [GeneratedRegex(@"\b(which|what)\s+years?\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearAsked();

    [GeneratedRegex(@"\b(?<start>20\d\d)\s?[-/\u2013]\s?\d\d\b")]
    private static partial Regex FinancialYearEnd();

    /// <summary>The words for a meeting, or for a paper that went to one ("the Jan 2024 improvement report").</summary>
    [GeneratedRegex(@"\bsince\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SinceYear();

    /// <summary>"2022-23 levels", "2019/20 budget levels", "2010 level": a year a figure is measured against.</summary>
    [GeneratedRegex(@"^\d{4}(\s?[-/\u2013]\s?\d{2,4})?\s+(([\w'\u2019-]+\s+)?(budget|funding|spending|staffing|service)\s+)?levels?\b", RegexOptions.IgnoreCase)]
    private static partial Regex LevelsOfAYear();
}
