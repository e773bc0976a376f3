using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Whether a unit gives a date for a date question, and whether it names a day the question asks of.</summary>
public static partial class DateAnswers
{
    internal static bool IsGivenIn(string unitText, QueryAnalysis analysis)
    {
        var question = analysis.Text;
        // The last such phrase: in "when is the delay due to staffing expected to end?" the event awaited is the end.
        if (AwaitedEvent().Matches(question).LastOrDefault() is { } awaited && !StopWords.Contains(awaited.Groups["verb"].Value.ToLowerInvariant()))
        {
            var verb = TextTerms.Stem(awaited.Groups["verb"].Value.ToLowerInvariant());
            var stems = CoverageCalculator.Stems(unitText);
            if (!CoverageCalculator.Contains(stems, verb) && !Synonyms.For(verb).Any(a => CoverageCalculator.Contains(stems, a)))
            {
                return false;
            }
        }

        // "What date in March is the campaign launching?": the month is known, so only a day in it answers; "launched
        // in March next year" repeats the question.
        if (DayInMonthQuestion().IsMatch(question))
        {
            return NamesADayIn(analysis, unitText);
        }

        if (EventYear().Match(question) is { Success: true } year && FigureYears.DatesOnlyOtherYears(unitText, int.Parse(year.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture)))
        {
            return false;
        }

        return DateText().IsMatch(WithoutDatesAsked(WithoutFieldsOfOtherDates(WithoutPeriods(unitText, question), question), analysis.Dates)) && (!DayQuestion().IsMatch(question) || MonthText().IsMatch(unitText));
    }

    internal static bool NamesADayIn(QueryAnalysis analysis, string text) =>
        DateExpressionParser.Parse(text).Any(written => written.Day is not null && analysis.Dates.Any(d => d.IsCompatibleWith(written)));

    /// <summary>"Date recommendations were issued: 15 November 2024" is a form's field for another date than "when is
    /// the free school due to open?" asks: a field whose label shares no word with the question is not its answer.</summary>
    private static string WithoutFieldsOfOtherDates(string text, string question)
    {
        if (!DateField().IsMatch(text))
        {
            return text;
        }

        var asked = TextTerms.Tokenize(question).Where(t => !StopWords.Contains(t)).Select(TextTerms.Stem).ToHashSet(StringComparer.Ordinal);
        return DateField().Replace(text, m => TextTerms.Tokenize(m.Groups["label"].Value).Where(t => !StopWords.Contains(t)).Select(TextTerms.Stem).Any(asked.Contains) ? m.Value : " ");
    }

    [GeneratedRegex(@"\bDate(?:\s+(?:of|for|when))?\s+(?<label>[A-Za-z][\w'’ -]{0,40}?)\s*:\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})")]
    private static partial Regex DateField();

    /// <summary>"Per the minister's letter of 16 Dec 2024, when does the government expect…": the day the question gives
    /// names what it asks about (here the letter), so it is not the answer; nor is the month it gives written as a month
    /// ("by what date did councils have to ask for their May 2025 elections to be put back?" is not answered by "the
    /// elections scheduled for May 2025"), though a day in that month may be.</summary>
    private static string WithoutDatesAsked(string text, IReadOnlyList<DateMention> datesAsked) =>
        !datesAsked.Any(d => d.Month is not null)
            ? text
            : DateExpressionParser.Parse(text).Where(w => datesAsked.Any(d => d.Month is not null && (d.Day is null ? w.Day is null && w.Month == d.Month && (w.Year == d.Year || w.Year is null) : w.Day is not null && d.IsCompatibleWith(w))))
                .Aggregate(text, (t, w) => t.Replace(w.Text, " ", StringComparison.Ordinal));

    /// <summary>"When was it done?" asks when something happened: a span of years ("the Plan for 2025-29", "the
    /// 2024/25 budget") names a period or a plan, not when it happened.</summary>
    private static string WithoutPeriods(string text, string question) =>
        PastTense.In(question) ? YearSpan().Replace(text, " ") : text;

    /// <summary>"When's the new extra care scheme expected to open?", "when is construction due to start?": the date of
    /// an awaited event is written beside its verb (or one meaning the same), not beside another step of the matter
    /// ("due to go to the Borough Council's Planning Committee in May 2025") or in a table's year columns.</summary>
    [GeneratedRegex(@"\b(expected|due|scheduled|planned|set|going|likely)\s+to\s+(?<verb>[a-z]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AwaitedEvent();

    /// <summary>"When is the full re-inspection in 2025?": the event is dated to that year, so a text whose dates all fall
    /// in other years ("the ILACS inspection in July 2022") gives another event's date.</summary>
    [GeneratedRegex(@"\b(in|during)\s+(?<year>(19|20)\d\d)\b(?!\s*[-/\u2013]\s*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex EventYear();

    [GeneratedRegex(@"(?<![\d.,£])\b(19|20)\d\d\s*[-/\u2013]\s*(19|20)?\d\d\b")]
    private static partial Regex YearSpan();

    [GeneratedRegex(FigureYears.YearWritten + @"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b" + DateExpressionParser.MonthWord + @"|\b(spring|summer|autumn|winter|quarter|q[1-4])\b|\b(next|this|last|every|each) (week|month|year|meeting)\b|\b(today|tomorrow|yesterday|annually|quarterly|monthly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateText();

    /// <summary>"What date will the decision be taken?", "on which day": a day is asked, so a plan's "2024-39" or a
    /// season does not answer it; a month at least must be named.</summary>
    [GeneratedRegex(@"\b(what|which)('s|s| is| was| are| were| will| would)? (the )?((exact|actual|precise) )?(date|day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayQuestion();

    [GeneratedRegex(@"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b" + DateExpressionParser.MonthWord + @"|\b(today|tomorrow|yesterday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthText();

    /// <summary>"What date in March…", "which day in October 2024…", "when in May…": the month bounds the answer. A
    /// month elsewhere in the question names what is asked about ("by what date did councils have to ask to postpone
    /// their May 2025 elections?").</summary>
    [GeneratedRegex(@"\b((what|which) ((exact|actual|precise) )?(date|day)|when( exactly)?) (in|during) " + DateExpressionParser.MonthWord, RegexOptions.IgnoreCase)]
    private static partial Regex DayInMonthQuestion();
}
