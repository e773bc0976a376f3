using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Whether the passages hold the kind of thing the question asks for, next to what it asks about: a
/// figure for "how many foster carers", a person's name for "who is the scrutineer". Word coverage alone cannot
/// tell "the papers mention foster carers" from "the papers say how many there are".</summary>
public static partial class AnswerTypeCheck
{
    /// <summary>A figure or name counts only in a sentence (with the one before) about as much on the question's
    /// subject as the best sentence found: this share of the best one's coverage, and never below MinCoverage.</summary>
    public const double ShareOfBest = 0.8;

    public const double MinCoverage = 0.5;

    /// <summary>A year in a paper's text: not the digits of a decimal, a percentage or a sum ("5.2000%", "£2000").</summary>
    public const string YearWritten = @"(?<![\d.,£])\b(19|20)\d\d\b(?!%|[.,]\d)";

    /// <summary>Telling words (stop words aside) either side of a figure within which the question's subject must be
    /// named.</summary>
    private const int FigureReach = 6;

    /// <summary>Units before a figure's own that are read with it for its subject.</summary>
    private const int UnitsBefore = 2;

    /// <summary>What each question asks for, read once: the check asks it of every candidate unit.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<QueryAnalysis, object> ExpectedOf = new();

    public static ExpectedAnswer Expected(QueryAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return (ExpectedAnswer)ExpectedOf.GetValue(analysis, static a => ReadExpected(a));
    }

    private static ExpectedAnswer ReadExpected(QueryAnalysis analysis)
    {
        var text = analysis.Text.ToLowerInvariant();
        if (analysis.Has(QuestionIntent.StartTime | QuestionIntent.EndTime) && PastTimeQuestion().IsMatch(text))
        {
            return ExpectedAnswer.TimeRecorded;
        }

        if (analysis.Has(QuestionIntent.StartTime | QuestionIntent.EndTime) && ComingTimeQuestion().IsMatch(text))
        {
            return ExpectedAnswer.TimeScheduled;
        }

        if (QuantityQuestion().IsMatch(text) || QuantityText.AsksForMoney(text))
        {
            return ExpectedAnswer.Quantity;
        }

        if (DoneYet.Asked(text) is not null && !ReplyQuestion().IsMatch(text) && !Votes.AreAsked(text))
        {
            return ExpectedAnswer.Happened;
        }

        // "By when did the executive have to respond?" asks for a date, not whether a reply came.
        if (DateQuestion().IsMatch(text))
        {
            return ExpectedAnswer.Date;
        }

        if (Votes.AreAsked(text))
        {
            return ExpectedAnswer.Vote;
        }

        if (ReplyQuestion().IsMatch(text))
        {
            return ExpectedAnswer.Reply;
        }

        if (BodyNames.AskedKind(analysis.Text) is not null)
        {
            return ExpectedAnswer.BodyName;
        }

        if (analysis.Has(QuestionIntent.Absent | QuestionIntent.Apologies) && !analysis.Has(QuestionIntent.Attendance))
        {
            return ExpectedAnswer.Apologies;
        }

        var aboutMeetings = analysis.Has(QuestionIntent.Attendance | QuestionIntent.Absent | QuestionIntent.Apologies);
        return PersonQuestion().IsMatch(text) && !aboutMeetings ? ExpectedAnswer.Person : ExpectedAnswer.Anything;
    }

    /// <param name="units">All candidate units, in passage and reading order within each passage.</param>
    /// <param name="notNames">Words that are not parts of people's names here (<see cref="PersonNames.ExcludedWords"/>).</param>
    public static bool Holds(QueryAnalysis analysis, IReadOnlyList<AnswerUnit> units, IReadOnlyDictionary<string, double> weights, IReadOnlySet<string> notNames)
    {
        var expected = Expected(analysis);
        if (expected == ExpectedAnswer.TimeRecorded)
        {
            // Minutes say when the meeting began or ended in one line that names no topic, so no coverage is asked
            // of it (a question may have no topic words at all); it must belong to the meeting asked about.
            return units.Any(u => TimeWritten().IsMatch(u.Text) && OfTheMeetingAsked(analysis, u.Passage.Hit.Chunk));
        }

        if (expected == ExpectedAnswer.TimeScheduled)
        {
            return units.Any(u => (TimeWritten().IsMatch(u.Text) || TimeGiven().IsMatch(u.Text)) && OfTheMeetingAsked(analysis, u.Passage.Hit.Chunk));
        }

        if (expected == ExpectedAnswer.Date && weights.Count == 0 && AsksAMeetingsDay(analysis))
        {
            // "What date is the December meeting?" names nothing but the meeting: only its day, in its committee's
            // papers, answers it.
            return units.Any(u => NamesADayIn(analysis, u.Text)
                && (analysis.Committee is null || CommitteeRecognizer.IsSame(u.Passage.Hit.Chunk.Committee, analysis.Committee)));
        }

        if (expected == ExpectedAnswer.Anything || weights.Count == 0)
        {
            return true;
        }

        return Holding(analysis, units, weights, notNames).Any(w => w.Coverage >= w.Needed);
    }

    /// <summary>The units that hold the kind of answer expected and cover enough of the question (with the units just
    /// before them) best first; empty when the question asks for no particular kind, or for a meeting's time.</summary>
    public static IReadOnlyList<AnswerUnit> HoldingUnits(QueryAnalysis analysis, IReadOnlyList<AnswerUnit> units, IReadOnlyDictionary<string, double> weights, IReadOnlySet<string> notNames) =>
        Holding(analysis, units, weights, notNames).Where(w => w.Coverage >= w.Needed).OrderByDescending(w => w.Coverage).Select(w => w.Unit).ToList();

    /// <summary>True when the unit itself holds the kind of answer expected (a figure beside a question word, a name, a
    /// date), whatever the coverage of its window.</summary>
    public static bool IsOfKind(QueryAnalysis analysis, AnswerUnit unit, IReadOnlyDictionary<string, double> weights, IReadOnlySet<string> notNames)
    {
        var expected = Expected(analysis);
        return expected is ExpectedAnswer.Anything or ExpectedAnswer.TimeRecorded or ExpectedAnswer.TimeScheduled
            || Holds(expected, unit, notNames, weights, YearsFor(analysis, AskedYears(analysis), unit), BodyNames.AskedKind(analysis.Text), analysis, new RoleHolder(analysis.Text));
    }

    /// <summary>For `explain`: the units that hold the kind of answer expected, with the coverage of their window, best
    /// first, and the coverage a window needs.</summary>
    public static (double Needed, IReadOnlyList<(double Coverage, string Text)> Holding) Evidence(QueryAnalysis analysis, IReadOnlyList<AnswerUnit> units, IReadOnlyDictionary<string, double> weights, IReadOnlySet<string> notNames)
    {
        var holding = Holding(analysis, units, weights, notNames).OrderByDescending(w => w.Coverage).ToList();
        return (holding.Count == 0 ? MinCoverage : holding[0].Needed, holding.Select(w => (w.Coverage, w.Unit.Text)).ToList());
    }

    /// <summary>Every unit holding the kind of answer expected, with its window's coverage and the coverage needed
    /// (<see cref="Bar"/>).</summary>
    private static IEnumerable<(AnswerUnit Unit, double Coverage, double Needed)> Holding(QueryAnalysis analysis, IReadOnlyList<AnswerUnit> units, IReadOnlyDictionary<string, double> weights, IReadOnlySet<string> notNames)
    {
        var expected = Expected(analysis);
        if (expected is ExpectedAnswer.Anything or ExpectedAnswer.TimeRecorded or ExpectedAnswer.TimeScheduled || weights.Count == 0)
        {
            return [];
        }

        var windows = Windows(units, weights, SubjectWeights(analysis, weights), analysis);
        var needed = Bar(windows);
        var ofTheMeeting = MeetingNamed(analysis) ? windows.Where(w => OfTheMeetingNamed(analysis, w.Unit)).ToList() : [];
        var neededInItsPapers = ofTheMeeting.Count > 0 ? Bar(ofTheMeeting) : needed;
        var years = AskedYears(analysis);
        var names = new NamedInPassage(analysis);
        var bodyKind = BodyNames.AskedKind(analysis.Text);
        var meetingDateAsked = expected == ExpectedAnswer.Date && AsksAMeetingsDay(analysis);
        // Only a committee the question names in full: a loose match ("Kent Leaders" for "Leader") may name no committee.
        var committeeRoleAsked = expected == ExpectedAnswer.Person && analysis.Has(QuestionIntent.Chair) && analysis.Committee is { } asked
            && analysis.Text.Replace('\u2019', '\'').Contains(asked.Replace('\u2019', '\''), StringComparison.OrdinalIgnoreCase);
        var another = new AnotherOfTheKind(analysis.Text);
        var councilsBody = new AnotherCouncilsBody(analysis.Text);
        var roleHolder = new RoleHolder(analysis.Text);
        var months = AskedMonths(analysis);
        return windows
            .Select(w => (Window: w, Years: YearsFor(analysis, years, w.Unit)))
            .Where(x => Holds(expected, x.Window.Unit, notNames, weights, x.Years, bodyKind, analysis, roleHolder) && names.AllNamedBeside(x.Window.Unit) && !another.NamesAnother(x.Window.Unit.Text) && councilsBody.Allows(x.Window.Unit)
                && !(expected == ExpectedAnswer.Quantity && (DatedByTheSentencesBefore(x.Window.Unit, x.Window.Before, x.Years) || OfAnotherMonth(x.Window.Unit.Text, months)))
                && (!meetingDateAsked || NamesADayIn(analysis, x.Window.Unit.Text))
                && (!committeeRoleAsked || OfTheCommitteeAsked(analysis.Committee!, x.Window.Unit)))
            .Select(x => (x.Window.Unit, x.Window.Coverage, OfTheMeetingNamed(analysis, x.Window.Unit) ? neededInItsPapers : needed));
    }

    /// <summary>The coverage a window needs: <see cref="ShareOfBest"/> of the best one's, at least <see cref="MinCoverage"/>.</summary>
    private static double Bar(IReadOnlyList<(AnswerUnit Unit, double Coverage, IReadOnlyList<string> Before)> windows) =>
        Math.Max(MinCoverage, (windows.Count == 0 ? 1.0 : windows.Max(w => w.Coverage)) * ShareOfBest);

    /// <summary>True when the question names a meeting by its date ("the report to CYP scrutiny in Jan 2024"): the bar
    /// for that meeting's papers is then set by them alone, as another year's report on the subject repeats more of the
    /// question's words and answers nothing about this one; other papers keep the bar set by all.</summary>
    private static bool MeetingNamed(QueryAnalysis analysis) => analysis.Dates.Any(d => DatesAMeeting(analysis.Text, d));

    private static bool OfTheMeetingNamed(QueryAnalysis analysis, AnswerUnit unit) =>
        unit.Passage.Hit.Chunk.MeetingDate is { } date && analysis.DateFits(date);

    /// <summary>The question's words without those that only set the scene ("… ? heard the usual chair was off",
    /// <see cref="QueryAnalysis.ContextStems"/>) and without those of a second question that asks for something else
    /// ("how much were they topping up LEVI by, and what were they cutting to pay for it?": the figure's sentence need
    /// not say what pays for it): the answer need not repeat them, though a window that does is as good.</summary>
    private static IReadOnlyDictionary<string, double> SubjectWeights(QueryAnalysis analysis, IReadOnlyDictionary<string, double> weights)
    {
        var otherQuestion = OtherQuestionsStems(analysis);
        bool Subject(string stem) => !analysis.ContextStems.Contains(stem) && !otherQuestion.Contains(stem);
        if (weights.Keys.All(Subject))
        {
            return weights;
        }

        var subject = weights.Where(w => Subject(w.Key)).ToDictionary(w => w.Key, w => w.Value, StringComparer.Ordinal);
        return subject.Count == 0 ? weights : subject;
    }

    /// <summary>The words only a second question asks with (<see cref="SecondPart"/>), when the first asks for the kind of
    /// answer expected and the second for something else; empty otherwise.</summary>
    private static HashSet<string> OtherQuestionsStems(QueryAnalysis analysis)
    {
        if (SecondPart.Of(analysis.Text) is not { } second)
        {
            return [];
        }

        var first = analysis.Text[..analysis.Text.LastIndexOf(second, StringComparison.Ordinal)];
        var expected = Expected(analysis);
        if (expected == ExpectedAnswer.Anything || Expected(analysis with { Text = first }) != expected || Expected(analysis with { Text = second }) == expected)
        {
            return [];
        }

        var stems = TextTerms.Tokenize(second).Select(TextTerms.Stem).ToHashSet(StringComparer.Ordinal);
        stems.ExceptWith(TextTerms.Tokenize(first).Select(TextTerms.Stem));
        return stems;
    }

    private static bool Holds(ExpectedAnswer expected, AnswerUnit unit, IReadOnlySet<string> notNames, IReadOnlyDictionary<string, double> weights, IReadOnlyList<int> askedYears, string? bodyKind, QueryAnalysis analysis, RoleHolder roleHolder)
    {
        var question = analysis.Text;
        return !UnitShape.IsContentsLine(unit.Text) && expected switch
        {
            ExpectedAnswer.Quantity => HasFigure(unit, weights, askedYears, question),
            ExpectedAnswer.Person => (PersonNames.Find(unit.Text, notNames).Count > 0 || roleHolder.IsNamedIn(unit.Text)) && (!WinnerQuestion().IsMatch(question) || WinWritten().IsMatch(unit.Text))
                && (!ChairQuestion().IsMatch(question) || ChairWritten().IsMatch(unit.Text)),
            ExpectedAnswer.Date => DateText().IsMatch(WithoutDaysAsked(WithoutFieldsOfOtherDates(WithoutPeriods(unit.Text, question), question), analysis.Dates)) && (!DayQuestion().IsMatch(question) || MonthText().IsMatch(unit.Text)),
            ExpectedAnswer.BodyName => bodyKind is not null && BodyNames.IsNamedIn(unit.Text, bodyKind),
            ExpectedAnswer.Vote => Votes.AreRecordedIn(unit.Text),
            ExpectedAnswer.Apologies => RecordsApologies(unit.Text),
            ExpectedAnswer.Happened => DoneYet.IsToldIn(unit.Text, DoneYet.Asked(question.ToLowerInvariant())!),
            _ => ReplyReceived().IsMatch(unit.Text),
        };
    }

    /// <summary>A figure beside a question word, not dated to another year than the one asked: by the years its
    /// sentence names ("As at 31st March 2021 596 children were subject to a plan" does not say how many there were in
    /// March 2022), or, when it names none, by its meeting's year (a paper gives the figures of its year and the one
    /// before).</summary>
    private static bool HasFigure(AnswerUnit unit, IReadOnlyDictionary<string, double> weights, IReadOnlyList<int> askedYears, string question)
    {
        var counted = CountedThing(question, weights);
        var subject = counted is null || NumberOf(unit.Text, counted) || WritesOut(unit.Text, counted) ? weights : counted;
        return QuantityText.HasFigureNear(unit.Text, word => IsQuestionWord(word, subject), FigureReach, question: question, moneyOnly: QuantityText.AsksForMoney(question), percentOnly: QuantityText.AsksForPercentage(question)) && !DatedOtherwise(unit, askedYears);
    }

    /// <summary>"How many ANPR cameras would the amendment have bought?" counts cameras: a count beside the amendment
    /// ("For (13)", "Number: 8") is another count. The question's words naming what is counted, those after "how
    /// many" up to its verb; null when it counts nothing named ("how many people", "how many times"). Measured on
    /// held-out questions, a count under a heading naming the thing ("Foster carers … Approved: 41.") may not stand
    /// for it: the heading over a budget amendment's "For (13)" names the cameras it would buy.</summary>
    private static Dictionary<string, double>? CountedThing(string question, IReadOnlyDictionary<string, double> weights)
    {
        if (CountedPhrase().Match(question) is not { Success: true } m)
        {
            return null;
        }

        var stems = TextTerms.Tokenize(m.Groups["phrase"].Value).TakeWhile(t => !StopWords.Contains(t)).Take(4).Select(TextTerms.Stem).ToHashSet(StringComparer.Ordinal);
        var counted = weights.Where(w => stems.Contains(w.Key)).ToDictionary(w => w.Key, w => w.Value, StringComparer.Ordinal);
        return counted.Count == 0 || stems.Overlaps(GenericCounts) ? null : counted;
    }

    /// <summary>"The number of enquiries made to the hub in this year was 19,756": the unit says what it counts, however
    /// far the figure is from it.</summary>
    private static bool NumberOf(string text, IReadOnlyDictionary<string, double> counted) =>
        NumberOfText().Matches(text).Any(m => TextTerms.Tokenize(m.Groups["counted"].Value).Any(t => IsQuestionWord(t, counted)));

    /// <summary>"How many CYP had an EHCP?" is answered by "19,407 children and young people with an EHCP": the unit
    /// writes out in full the initials of what is counted, so its figure is read beside the question's other words.</summary>
    private static bool WritesOut(string text, IReadOnlyDictionary<string, double> counted)
    {
        var letters = Initialisms.Letters(text);
        return counted.Keys.Any(stem => Initialisms.Spells(letters, stem));
    }

    private static readonly HashSet<string> GenericCounts = new(new[] { "people", "person", "times", "ones", "others" }.Select(TextTerms.Stem), StringComparer.Ordinal);

    /// <summary>The months the question asks figures for ("in February 2024"), not those of a paper it points at.</summary>
    private static List<DateMention> AskedMonths(QueryAnalysis analysis) =>
        DateExpressionParser.Parse(ContextClauses.WithoutPointers(analysis.Text)).Where(d => d is { Year: not null, Month: not null, Day: null }).ToList();

    /// <summary>"In the month of January 2024 the Local Authority received 166 requests" does not say how many came in
    /// February 2024: a figure dated to another month of the year asked is another month's figure.</summary>
    private static bool OfAnotherMonth(string text, IReadOnlyList<DateMention> asked)
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
    private static IReadOnlyList<int> YearsFor(QueryAnalysis analysis, IReadOnlyList<int> asked, AnswerUnit unit) =>
        unit.Passage.Hit.Chunk.MeetingDate is { } meeting && asked.Contains(meeting.Year) && !asked.Contains(meeting.Year - 1)
        && analysis.Dates.Any(d => d.Month is not null && d.Matches(meeting) && DatesAMeeting(analysis.Text, d))
            ? [.. asked, meeting.Year - 1]
            : asked;

    /// <summary>"scrutiny in Jan 2024", "the April 2024 select committee", "(Select Committee, April 2024)", "the Jan 2024
    /// improvement report": a date written beside the word for a meeting or its paper names the meeting; "at the end of
    /// March 2022" names the time a figure is of.</summary>
    private static bool DatesAMeeting(string question, DateMention date)
    {
        var at = question.IndexOf(date.Text, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (MeetingBefore().IsMatch(question[..at]) || MeetingAfter().IsMatch(question[(at + date.Text.Length)..]));
    }

    /// <summary>"There were 19 cases of veteran homelessness … in 2024. Veterans in the prison estate range from 2% to
    /// 5%.": a figure whose sentence names no year is dated by the nearest sentence before it that names one (a financial
    /// year, "2022/23", by both of its years).</summary>
    private static bool DatedByTheSentencesBefore(AnswerUnit unit, IReadOnlyList<string> before, IReadOnlyList<int> askedYears)
    {
        if (askedYears.Count == 0 || YearText().IsMatch(unit.Text))
        {
            return false;
        }

        var years = before.Reverse().Select(Years).FirstOrDefault(y => y.Count > 0);
        return years is not null && !years.Any(askedYears.Contains);
    }

    private static bool DatedOtherwise(AnswerUnit unit, IReadOnlyList<int> askedYears)
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
        // A year given with its month dates a meeting or a paper ("on 30 January 2025"), not what is asked about.
        var asked = DateExpressionParser.Parse(ContextClauses.WithoutPointers(analysis.Text)).Where(d => d.Month is not null)
            .Aggregate(ContextClauses.WithoutPointers(analysis.Text), (text, d) => text.Replace(d.Text, " ", StringComparison.Ordinal));
        return Years(asked).ToHashSet();
    }

    /// <summary>The years a text dates its figures by. "... 119 in Q2, and the total since 2005 to 8,501": a running
    /// total's first year does not date the figures.</summary>
    private static List<int> YearsDating(string text) =>
        YearText().Matches(text).Where(m => !SinceYear().IsMatch(text[..m.Index]))
            .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>"What date is the December 2022 board?": the question asks only about a meeting (no word but meeting
    /// vocabulary) and names its month, not its day, so the answer is a day in that month; "the dates for the
    /// 2022-23 year were noted" next to a page footer's date is not one, nor a work programme's "December 2022". So
    /// when it names the meeting and more: "what date is the audit committee meeting in June 2025?".</summary>
    private static bool AsksAMeetingsDay(QueryAnalysis analysis) =>
        analysis.Dates.Count > 0 && analysis.Dates.All(d => d.Day is null && d.Month is not null)
        && (Facts.MeetingVocabulary.Residual(analysis).Count == 0 || MeetingWord().IsMatch(analysis.Text));

    /// <summary>"Who is vice chair of the Partnership Board?": a chair is the chair of one body, so the name must come
    /// from that body's papers or beside its name, not from another committee's minutes.</summary>
    private static bool OfTheCommitteeAsked(string committee, AnswerUnit unit) =>
        unit.Passage.Hit.Chunk.Committee is not { } papers || CommitteeRecognizer.IsSame(papers, committee)
        || TextTerms.Tokenize(committee).Where(t => !StopWords.Contains(t)).Select(TextTerms.Stem).All(s => CoverageCalculator.Contains(unit.Stems, s));

    private static bool NamesADayIn(QueryAnalysis analysis, string text) =>
        DateExpressionParser.Parse(text).Any(written => written.Day is not null && analysis.Dates.Any(d => d.IsCompatibleWith(written)));

    /// <summary>The years the question asks about. A year that only dates the paper it points at ("in the Jan 2024
    /// report, how much did…") dates the figures as a meeting's year does: that year's or the year before.</summary>
    private static IReadOnlyList<int> AskedYears(QueryAnalysis analysis)
    {
        var asked = Years(ContextClauses.WithoutPointers(analysis.Text));
        return asked.Count > 0 ? asked : Years(analysis.Text).SelectMany(y => new[] { y, y - 1 }).ToList();
    }

    /// <summary>The years a text names; a financial year ("2020/21") names both of its years.</summary>
    private static List<int> Years(string text) =>
        YearText().Matches(text).Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture))
            .Concat(FinancialYearEnd().Matches(text).Select(m => int.Parse(m.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1))
            .Distinct().ToList();

    private static bool OfTheMeetingAsked(QueryAnalysis analysis, Documents.Chunk chunk) =>
        analysis.Dates.Count == 0 || analysis.DateFits(chunk.MeetingDate) || analysis.MentionsQuestionDate(chunk.Text);

    private static bool IsQuestionWord(string word, IReadOnlyDictionary<string, double> weights)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal) { TextTerms.Stem(word.ToLowerInvariant()) };
        return weights.Keys.Any(q => CoverageCalculator.Contains(stems, q) || Synonyms.For(q).Any(alternative => CoverageCalculator.Contains(stems, alternative)));
    }

    /// <summary>Each unit with the coverage of it and the units just before it (a figure's subject is often named a
    /// sentence or two before: "... targets for Foster for East Midlands. The team aim to attract 660 enquiries"), and
    /// with what <see cref="UnitContext"/> reads it with.</summary>
    private static List<(AnswerUnit Unit, double Coverage, IReadOnlyList<string> Before)> Windows(IReadOnlyList<AnswerUnit> units, IReadOnlyDictionary<string, double> weights, IReadOnlyDictionary<string, double> subjectWeights, QueryAnalysis analysis)
    {
        var spelledOut = analysis.SpelledOut;
        var context = new UnitContext(units, analysis);
        var windows = new List<(AnswerUnit, double, IReadOnlyList<string>)>(units.Count);
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var first = i;
            while (i - first < UnitsBefore && first > 0 && units[first - 1].Passage == unit.Passage && units[first - 1].Index == units[first].Index - 1)
            {
                first--;
            }

            var stems = first == i
                ? unit.Stems
                : new StemSet(Enumerable.Range(first, i - first + 1).SelectMany(k => units[k].Stems), string.Join(" | ", Enumerable.Range(first, i - first + 1).Select(k => units[k].Text)));

            var alongside = context.Of(unit);
            var coverage = CoverageCalculator.Coverage(weights, stems, alongside, spelledOut);
            if (!ReferenceEquals(subjectWeights, weights))
            {
                coverage = Math.Max(coverage, CoverageCalculator.Coverage(subjectWeights, stems, alongside, spelledOut));
            }

            windows.Add((unit, coverage, Enumerable.Range(first, i - first).Select(k => units[k].Text).ToList()));
        }

        return windows;
    }

    [GeneratedRegex(@"\bhow many\s+(?:of\s+(?:the|their|our|its|these|those)\s+)?(?<phrase>[^?.,;()]*)", RegexOptions.IgnoreCase)]
    private static partial Regex CountedPhrase();

    [GeneratedRegex(@"\b(?:number|total|count)\s+of\s+(?<counted>(?:[\w'’-]+\s+){0,3}[\w'’-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex NumberOfText();

    /// <summary>"Who won the Graduate of the Year award?" is not answered by who was shortlisted for it, nor "who won
    /// the mayoral election?" by when it will be held: the name must be written as the winner's.</summary>
    [GeneratedRegex(@"\bwho\s+(won|has won|wins|will win)\b|\bwho\s+(is|was)\s+the\s+winner\b", RegexOptions.IgnoreCase)]
    private static partial Regex WinnerQuestion();

    [GeneratedRegex(@"\b(won|wins|winner|winners|winning|awarded|elected|victory|victorious|returned as)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WinWritten();

    /// <summary>"Who is chairing the JHOSC?" is not answered by the name of the report's author: the name must be
    /// written as the chair's ("Mr Cooke in the Chair", "Jane Smith (Chairman)", "chaired by").</summary>
    [GeneratedRegex(@"\bwho('s|\s+(is|was|will be|has been))?\s+(currently\s+|now\s+)?(chair|chairs|chaired|chairing)\b|\bwho('s|\s+(is|was|will be|has been))\s+(the\s+)?(\w+\s+){0,4}?(chair|chairman|chairwoman|chairperson)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChairQuestion();

    [GeneratedRegex(@"\b(chair|chairs|chaired|chairing|chairman|chairwoman|chairperson|presided|presiding)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChairWritten();

    [GeneratedRegex(YearWritten)]
    private static partial Regex YearText();

    [GeneratedRegex(@"\b(?<start>20\d\d)\s?[-/\u2013]\s?\d\d\b")]
    private static partial Regex FinancialYearEnd();

    [GeneratedRegex(@"\b(" + MeetingOrPaper + @")s?(\s*[,(]\s*|\s+)((on|in|of|held on|dated|from)\s+)?(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingBefore();

    [GeneratedRegex(@"^\s*([\w&'-]+\s+){0,2}(" + MeetingOrPaper + @")\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingAfter();

    /// <summary>The words for a meeting, or for a paper that went to one ("the Jan 2024 improvement report").</summary>
    private const string MeetingOrPaper = "meeting|committee|scrutiny|cabinet|council|board|panel|cttee|mtg|report|update|paper|pack|agenda|minutes";

    [GeneratedRegex(@"\bmeeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWord();

    [GeneratedRegex(@"\bsince\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex SinceYear();

    [GeneratedRegex(@"\b(what time|at what time) (did|had)\b|\bwhat time was\b")]
    private static partial Regex PastTimeQuestion();

    /// <summary>"What time does Cabinet start on 13 March", "what time's the meeting", "what time will it finish".</summary>
    [GeneratedRegex(@"\b(what time|at what time) (does|do|will|is)\b|\bwhat time's\b")]
    private static partial Regex ComingTimeQuestion();

    /// <summary>How minutes record it: "The meeting closed at 12.45 pm", "commenced at 10.00am", "(10.00 am - 12.36 pm)".</summary>
    [GeneratedRegex(@"\b(commenced|started|began|opened|closed|ended|finished|concluded|terminated|rose)\b[^.\n]{0,20}?\b\d{1,2}([.:]\d{2})?\s*(am|pm|a\.m\.|p\.m\.|noon)|\b\d{1,2}[.:]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?\s*(-|\u2013|to)\s*\d{1,2}[.:]\d{2}\s*(am|pm|a\.m\.|p\.m\.)", RegexOptions.IgnoreCase)]
    private static partial Regex TimeWritten();

    /// <summary>How a front sheet gives it: "Thursday, 13th March, 2025, at 3.00 pm", "scheduled to end by 4.30 pm",
    /// "Time: 9.30 am".</summary>
    [GeneratedRegex(@"\b(at|by|from|until|time:)\s+\d{1,2}([.:]\d{2})?\s*(am|pm|a\.m\.|p\.m\.|noon)", RegexOptions.IgnoreCase)]
    private static partial Regex TimeGiven();

    [GeneratedRegex(@"\bhow (many|much|long|big|large)\b|\bwhat('s|’s|s| is| was| are| were) the (size|scale) of\b|\bwhat (percentage|proportion|share|number|fraction)\b|\bwhat %|\bwhat per ?cent|\bwhat('s|’s|s| is| was| are| were) the (total |average |current )?(number|rate|percentage|proportion|cost|amount|waiting time|waiting times|total|budget)\b|\bwhat('s|’s|s| is| was| are| were)( (?!caus|behind|driv|reason|explain)[\w'’/-]+){0,5}? (gap|multiple|ratio|deficit|surplus|overspend|underspend|outturn|shortfall|count|tally|turnout|value|valuation|worth)\b(?! for money)|\bwhat( (?!is\b|was\b|are\b|were\b)[\w'’-]+){0,3} (rates?|percentages?|proportion|amount|sum|fees?|price|salary|figure|total)( (is|was|are|were|do|does|did|has|have|had|will|would|should|can|could)\b|\s*\?)")]
    private static partial Regex QuantityQuestion();

    [GeneratedRegex(@"(^|[,;:\u2013-]\s*|\b(tell|remind|show) (me|us) )(when|by when)\b|^\s*(what|which)('s|s| is| was| are| were)? (the )?((exact|actual|precise) )?dates?\b|\bthe ((exact|actual|precise) )?dates? (of|for)\b")]
    private static partial Regex DateQuestion();

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
    /// names what it asks about (here the letter), so it is not the answer.</summary>
    private static string WithoutDaysAsked(string text, IReadOnlyList<DateMention> datesAsked) =>
        !datesAsked.Any(d => d.Day is not null)
            ? text
            : DateExpressionParser.Parse(text).Where(w => w.Day is not null && datesAsked.Any(d => d.Day is not null && d.IsCompatibleWith(w)))
                .Aggregate(text, (t, w) => t.Replace(w.Text, " ", StringComparison.Ordinal));

    /// <summary>"When was it done?" asks when something happened: a span of years ("the Plan for 2025-29", "the
    /// 2024/25 budget") names a period or a plan, not when it happened.</summary>
    private static string WithoutPeriods(string text, string question) =>
        PastTense.In(question) ? YearSpan().Replace(text, " ") : text;

    [GeneratedRegex(@"(?<![\d.,£])\b(19|20)\d\d\s*[-/\u2013]\s*(19|20)?\d\d\b")]
    private static partial Regex YearSpan();

    [GeneratedRegex(YearWritten + @"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b" + DateExpressionParser.MonthWord + @"|\b(spring|summer|autumn|winter|quarter|q[1-4])\b|\b(next|this|last|every|each) (week|month|year|meeting)\b|\b(today|tomorrow|yesterday|annually|quarterly|monthly)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DateText();

    /// <summary>"What date will the decision be taken?", "on which day": a day is asked, so a plan's "2024-39" or a
    /// season does not answer it; a month at least must be named.</summary>
    [GeneratedRegex(@"\b(what|which)('s|s| is| was| are| were| will| would)? (the )?((exact|actual|precise) )?(date|day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayQuestion();

    [GeneratedRegex(@"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b" + DateExpressionParser.MonthWord + @"|\b(today|tomorrow|yesterday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MonthText();

    [GeneratedRegex(@"\b(has|have|did|had)\b.{0,80}\b(replied|responded|reply|respond|written back|wrote back|got back)\b")]
    private static partial Regex ReplyQuestion();

    [GeneratedRegex(@"\b(replied|responded|wrote back|written back|(reply|response) (was |has been |had been )?(received|sent|provided|given)|(a |the |their |its )?(reply|response) from|in (reply|response),|responded to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReplyReceived();

    /// <summary>"Apologies for Absence - Councillor …", "Absent: …", "unable to attend": a meeting's record of who did
    /// not come.</summary>
    internal static bool RecordsApologies(string text) => ApologiesWritten().IsMatch(text);

    [GeneratedRegex(@"\bapolog|\babsen(t|ce|ces)\b|\bunable to (attend|be present)\b|\bnot present\b|\bsubstitut", RegexOptions.IgnoreCase)]
    private static partial Regex ApologiesWritten();

    // Singular only: "who are the statutory partners?" is as often answered by bodies as by people. The second form is
    // the embedded question left when chat filler goes: "(do you know) who the partnership's scrutineer is?".
    // The third form asks for a person by their role: "which planning inspector examined the plan?", "what officer
    // wrote it?"; a role's possessive or plural ("which officers' reports") does not.
    [GeneratedRegex(@"^\s*(who|whom)('s|\s+(is|was|will be|has been|leads|led|runs|chairs|chaired|heads|headed|manages|managed|oversees|wrote|authored|prepared|won)\b)|^\s*who\s+(the|their|its|our|your)\b[^?]*\b(is|was)\s*\??\s*$|^\s*(which|what)\s+([a-z-]+\s+){0,2}(officer|manager|director|inspector|auditor|scrutineer|adviser|advisor|commissioner|councillor|cabinet member|member of staff|chairman|chairwoman|chairperson)\b(?!['’]|s\b)")]
    private static partial Regex PersonQuestion();
}
