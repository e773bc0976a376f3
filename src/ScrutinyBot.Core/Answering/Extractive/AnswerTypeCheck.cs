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

        if (QuantityQuestion().IsMatch(text) || QuantityText.AsksForMoney(analysis.Text))
        {
            return ExpectedAnswer.Quantity;
        }

        // "When did Ofsted actually publish the report?" asks for a date, not whether it was published.
        if (DoneYet.Asked(text) is not null && !DateQuestion().IsMatch(text) && !ReplyQuestion().IsMatch(text) && !Votes.AreAsked(text))
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
        if (PersonQuestion().IsMatch(text) && !aboutMeetings)
        {
            return ExpectedAnswer.Person;
        }

        return PlaceAnswers.AreAsked(text) ? ExpectedAnswer.Place : ExpectedAnswer.Anything;
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
            return units.Any(u => DateAnswers.NamesADayIn(analysis, u.Text)
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

    /// <summary>The holding units whose windows cover the most of the question (<see cref="HoldingUnits"/>'s first, and
    /// any as good).</summary>
    public static IReadOnlyList<AnswerUnit> BestHoldingUnits(QueryAnalysis analysis, IReadOnlyList<AnswerUnit> units, IReadOnlyDictionary<string, double> weights, IReadOnlySet<string> notNames)
    {
        var holding = Holding(analysis, units, weights, notNames).Where(w => w.Coverage >= w.Needed).ToList();
        if (holding.Count == 0)
        {
            return [];
        }

        var best = holding.Max(w => w.Coverage);
        return holding.Where(w => w.Coverage >= best - 1e-9).Select(w => w.Unit).ToList();
    }

    /// <summary>True when the unit itself holds the kind of answer expected (a figure beside a question word, a name, a
    /// date), whatever the coverage of its window.</summary>
    public static bool IsOfKind(QueryAnalysis analysis, AnswerUnit unit, IReadOnlyDictionary<string, double> weights, IReadOnlySet<string> notNames)
    {
        var expected = Expected(analysis);
        return expected is ExpectedAnswer.Anything or ExpectedAnswer.TimeRecorded or ExpectedAnswer.TimeScheduled
            || Holds(expected, unit, notNames, weights, FigureYears.YearsFor(analysis, FigureYears.AskedYears(analysis), unit), BodyNames.AskedKind(analysis.Text), analysis, new RoleHolder(analysis.Text));
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
        var years = FigureYears.AskedYears(analysis);
        var names = new NamedInPassage(analysis, units.Select(u => u.Passage));
        var bodyKind = BodyNames.AskedKind(analysis.Text);
        var meetingDateAsked = expected == ExpectedAnswer.Date && AsksAMeetingsDay(analysis);
        // Only a committee the question names in full: a loose match ("Kent Leaders" for "Leader") may name no committee.
        var committeeRoleAsked = expected == ExpectedAnswer.Person && analysis.Has(QuestionIntent.Chair) && analysis.Committee is { } asked
            && analysis.Text.Replace('\u2019', '\'').Contains(asked.Replace('\u2019', '\''), StringComparison.OrdinalIgnoreCase);
        var another = new AnotherOfTheKind(analysis.Text);
        var councilsBody = new AnotherCouncilsBody(analysis.Text);
        var roleHolder = new RoleHolder(analysis.Text);
        var months = FigureYears.AskedMonths(analysis);
        var measure = expected == ExpectedAnswer.Quantity ? new MeasureAsked(analysis.Text) : null;
        return windows
            .Select(w => (Window: w, Years: FigureYears.YearsFor(analysis, years, w.Unit)))
            .Where(x => Holds(expected, x.Window.Unit, notNames, weights, x.Years, bodyKind, analysis, roleHolder) && names.AllNamedBeside(x.Window.Unit) && !another.NamesAnother(x.Window.Unit.Text) && councilsBody.Allows(x.Window.Unit)
                && !(expected == ExpectedAnswer.Quantity && (FigureYears.DatedByTheSentencesBefore(x.Window.Unit, x.Window.Before, x.Years, analysis) || FigureYears.OfAnotherMonth(x.Window.Unit.Text, months) || FigureYears.DatedByItsPaper(x.Window.Unit, x.Window.Before, analysis) || FigureYears.OfAnotherPlanPeriod(x.Window.Unit, analysis) || FigureYears.AtAnotherDay(x.Window.Unit.Text, analysis)))
                && (measure is null || measure.IsNamedIn([.. x.Window.Before, x.Window.Unit.Text]))
                && (!meetingDateAsked || DateAnswers.NamesADayIn(analysis, x.Window.Unit.Text))
                && (!committeeRoleAsked || OfTheCommitteeAsked(analysis.Committee!, x.Window.Unit)))
            .Select(x => (x.Window.Unit, x.Window.Coverage, OfTheMeetingNamed(analysis, x.Window.Unit) ? neededInItsPapers : needed));
    }

    /// <summary>The coverage a window needs: <see cref="ShareOfBest"/> of the best one's, at least <see cref="MinCoverage"/>.</summary>
    private static double Bar(IReadOnlyList<(AnswerUnit Unit, double Coverage, IReadOnlyList<string> Before)> windows) =>
        Math.Max(MinCoverage, (windows.Count == 0 ? 1.0 : windows.Max(w => w.Coverage)) * ShareOfBest);

    /// <summary>True when the question names a meeting by its date ("the report to CYP scrutiny in Jan 2024"): the bar
    /// for that meeting's papers is then set by them alone, as another year's report on the subject repeats more of the
    /// question's words and answers nothing about this one; other papers keep the bar set by all.</summary>
    private static bool MeetingNamed(QueryAnalysis analysis) => analysis.Dates.Any(d => DatedMeeting.IsNamed(analysis.Text, d));

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
        if (SecondQuestion.Of(analysis.Text) is not { } second)
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
        return !UnitShape.IsContentsLine(unit.Text) && !UnitShape.IsAgendaEntry(unit.Text) && expected switch
        {
            ExpectedAnswer.Quantity => TwoFiguresAsked(analysis) is { } parts
                ? FigureAnswers.IsGivenIn(unit, weights, askedYears, parts.First) || FigureAnswers.IsGivenIn(unit, weights, askedYears, parts.Second)
                : FigureAnswers.IsGivenIn(unit, weights, askedYears, question),
            ExpectedAnswer.Person => (PersonNames.Find(unit.Text, notNames).Count > 0 || roleHolder.IsNamedIn(unit.Text)) && (!WinnerQuestion().IsMatch(question) || WinWritten().IsMatch(unit.Text))
                && (!ChairQuestion().IsMatch(question) || ChairWritten().IsMatch(unit.Text)),
            ExpectedAnswer.Date => DateAnswers.IsGivenIn(unit.Text, analysis),
            ExpectedAnswer.BodyName => bodyKind is not null && BodyNames.IsNamedIn(unit.Text, bodyKind),
            ExpectedAnswer.Vote => Votes.AreRecordedIn(unit.Text),
            ExpectedAnswer.Apologies => RecordsApologies(unit.Text),
            ExpectedAnswer.Place => PlaceAnswers.AreNamedIn(unit.Text),
            ExpectedAnswer.Happened => DoneYet.IsToldIn(unit.Text, DoneYet.Asked(question.ToLowerInvariant())!),
            _ => ReplyReceived().IsMatch(unit.Text),
        };
    }

    /// <summary>"How many extra inspectors are there and what's the net cost?" asks two figures, each read by its own
    /// part: a count is not a sum of money, and the net cost ("Net cost (£31k)") answers the second part though the
    /// whole question also counts. The two parts when the second asks a figure too; null otherwise.</summary>
    private static (string First, string Second)? TwoFiguresAsked(QueryAnalysis analysis) =>
        TwoFiguresOf.GetValue(analysis, static a => new(SecondQuestion.Of(a.Text) is { } second && Expected(a with { Text = second }) == ExpectedAnswer.Quantity
            ? (a.Text[..a.Text.LastIndexOf(second, StringComparison.Ordinal)], second)
            : null)).Value;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<QueryAnalysis, System.Runtime.CompilerServices.StrongBox<(string, string)?>> TwoFiguresOf = new();

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

    private static bool OfTheMeetingAsked(QueryAnalysis analysis, Documents.Chunk chunk) =>
        analysis.Dates.Count == 0 || analysis.DateFits(chunk.MeetingDate) || analysis.MentionsQuestionDate(chunk.Text);

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

    /// <summary>How people say how something turned out before the verb: "who eventually won", "who ended up chairing".</summary>
    private const string InTheEnd = @"((eventually|finally|actually|ultimately)\s+)?";

    private const string EndedUp = @"(ended|ends|will end) up\s+";

    /// <summary>"Who won the Graduate of the Year award?" is not answered by who was shortlisted for it, nor "who won
    /// the mayoral election?" by when it will be held, nor "who's been awarded the highways contract?" by the cabinet
    /// member named beside its costs: the name must be written as the winner's.</summary>
    [GeneratedRegex(@"\bwho\s+" + InTheEnd + @"(won|has won|wins|will win)\b|\bwho\s+" + EndedUp + @"winning\b|\bwho\s+(is|was)\s+the\s+winner\b|\bwho('s|\s+(has|have|was|were|is|will be))\s+(been\s+)?(awarded|granted)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WinnerQuestion();

    [GeneratedRegex(@"\b(won|wins|winner|winners|winning|awarded|elected|victory|victorious|returned as)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WinWritten();

    /// <summary>"Who is chairing the JHOSC?" is not answered by the name of the report's author: the name must be
    /// written as the chair's ("Mr Cooke in the Chair", "Jane Smith (Chairman)", "chaired by").</summary>
    [GeneratedRegex(@"\bwho('s|\s+(is|was|will be|has been))?\s+(currently\s+|now\s+)?(chair|chairs|chaired|chairing)\b|\bwho('s|\s+(is|was|will be|has been))\s+(the\s+)?(\w+\s+){0,4}?(chair|chairman|chairwoman|chairperson)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChairQuestion();

    [GeneratedRegex(@"\b(chair|chairs|chaired|chairing|chairman|chairwoman|chairperson|presided|presiding)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChairWritten();

    [GeneratedRegex(@"\bmeeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWord();

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

    [GeneratedRegex(@"\bhow (many|much|long|big|large)\b|\bwhat('s|’s|s| is| was| are| were) the (size|scale) of\b|\bwhat (percentage|proportion|share|number|fraction)\b|\bwhat %|\bwhat per ?cent|\bwhat('s|’s|s| is| was| are| were) the (total |average |current )?(number|rate|percentage|proportion|cost|amount|waiting time|waiting times|total|budget)\b|\bwhat('s|’s|s| is| was| are| were)( (?!caus|behind|driv|reason|explain)[\w'’/-]+){0,5}? (gap|multiple|ratio|deficit|surplus|overspend|underspend|outturn|shortfall|count|tally|turnout|value|valuation|worth)\b(?! for money)|\bwhat('s|’s|s| is| was| are| were)?( (?!is\b|was\b|are\b|were\b)[\w'’/-]+){0,3} (increase|decrease)( (is|was|are|were|do|does|did|has|have|had|will|would|should|can|could)\b|\s*\?)|\bwhat the( [\w'’/-]+){0,5}? (gap|deficit|surplus|overspend|underspend|outturn|shortfall|total|budget|cost)( [\w'’/-]+){0,4}? (is|was|are|were|will be)\b|\bwhat('s|’s|s| is| was| are| were)?( (?!is\b|was\b|are\b|were\b)[\w'’/-]+){0,3} (rates?|percentages?|proportion|amount|sum|fees?|price|salary|figure|total|rise|uplift)( (is|was|are|were|do|does|did|has|have|had|will|would|should|can|could)\b|\s*\?| (in|for|at|across|among|amongst)\b|(?<=rates?) of\b)")]
    private static partial Regex QuantityQuestion();

    // "When" opens a question after a clause or after another question ("… in Nov? when was it sent").
    // The last form asks whether a date is set yet: "is there an opening date yet for …", "any date for when …".
    [GeneratedRegex(@"(^|[,;:?\u2013-]\s*|\b(tell|remind|show) (me|us) )(when|by when)\b|^\s*(what|which)('s|s| is| was| are| were)? (the )?((exact|actual|precise) )?(dates?|day\b(?=\s+(is|was|will|does|did|do|are|were|in|of|for|has|have|would|should)\b|\s*\?|\s*$))\b|\bthe ((exact|actual|precise) )?dates? (of|for)\b|\b(on|by|from) (what|which) (date|day)\b|^\s*(what|which)('s|’s|s| is| was| are| were| will be)? (the )?([\w-]+ ){1,2}(date|day)s?\b(?=\s*(for|of|\?|$))|\b(is there|has there been|do we have|have we got|any)\s+(an?\s+|the\s+)?([\w-]+\s+)?dates?\b(?!\s+(range|rate))")]
    private static partial Regex DateQuestion();

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
    // "Who ended up chairing it?" asks for a person as "who chaired it?" does.
    // The third form asks for a person by their role: "which planning inspector examined the plan?", "what officer
    // wrote it?"; a role's possessive or plural ("which officers' reports") does not.
    [GeneratedRegex(@"^\s*(who|whom)('s|\s+" + InTheEnd + @"(is|was|will be|has been|leads|led|runs|chairs|chaired|heads|headed|manages|managed|oversees|wrote|authored|prepared|won)\b|\s+" + EndedUp + @"[a-z]+ing\b)|^\s*who\s+(the|their|its|our|your)\b[^?]*\b(is|was)\s*\??\s*$|^\s*(which|what)\s+([a-z-]+\s+){0,2}(" + PersonRoles.Nouns + @"|cabinet member|member of staff)\b(?!['’]|s\b)")]
    private static partial Regex PersonQuestion();
}
