using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Turns a question into search terms, phrases, dates, a committee, a part and intents.</summary>
public static partial class QueryAnalyzer
{
    /// <summary>Searched for besides a "how often" question's own words: papers answer it in these.</summary>
    private static readonly string[] FrequencyWords = ["quarterly", "monthly", "annually", "weekly", "regular"];

    private static readonly HashSet<string> DecisionStems = new[] { "ask", "asked", "invit", "invited", "recommend", "recommended", "do" }
        .Select(TextTerms.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>The words of "what time does it kick off / start / wrap up / finish": they ask for the meeting's times,
    /// which minutes and front sheets write as figures, not these words.</summary>
    private static readonly HashSet<string> MeetingTimeWords = new(StringComparer.Ordinal)
    {
        "time", "times", "start", "starts", "started", "starting", "begin", "begins", "began", "kick", "kicks", "finish",
        "finished", "finishes", "ends", "ended", "close", "closes", "closed", "wrap", "wraps", "wrapped", "wrapping",
    };

    /// <summary>The verbs of "who turned up / showed up / came": chat words for a meeting's attendance, which minutes write
    /// as lists of names under "Present" and "Apologies". ("Attendance" stays: it is also a subject, school attendance.)</summary>
    private static readonly HashSet<string> AttendanceWords = new(StringComparer.Ordinal)
    {
        "turn", "turned", "show", "showed", "came",
    };

    private static readonly HashSet<string> ConclusionStems = new[] { "conclude", "concluded", "conclusion", "conclusions", "verdict" }
        .Select(TextTerms.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>"The Notts Children &amp; Families select committee": the council named before the committee helps find
    /// its papers, but an answer from them need not name it.</summary>
    private static IReadOnlySet<string> WithCouncilOfCommittee(IReadOnlySet<string> context, string text, string? committee) =>
        CommitteeQualifier.Stem(text, committee) is { } council ? new HashSet<string>(context, StringComparer.Ordinal) { council } : context;

    public static QueryAnalysis Analyze(string question, CommitteeRecognizer committees)
    {
        var text = PostPrefix.Without(ShortForms.WithFinancialYearsWrittenOut(ChatFiller.Strip(question.Trim())));
        var dates = DateExpressionParser.Parse(text);
        var committee = committees.Match(text);
        var dateWords = dates.SelectMany(d => TextTerms.Tokenize(d.Text)).ToHashSet(StringComparer.Ordinal);
        var committeeStems = committee is null
            ? new HashSet<string>(StringComparer.Ordinal)
            : TextTerms.Tokenize(committee.Name).Select(TextTerms.Stem).ToHashSet(StringComparer.Ordinal);
        if (committee is not null && CommitteeRecognizer.SaysFullCouncil(text))
        {
            committeeStems.Add("full");
        }

        var acronymTokens = committee?.Acronym is { } acronym
            ? TextTerms.Tokenize(acronym).ToHashSet(StringComparer.Ordinal)
            : [];

        // "When did we send Ofsted the plan?": the verb is read as "sent", which papers write as "submitted" (Synonyms).
        var sendIsAVerb = SendAsAVerb().IsMatch(text);
        var tokens = PhrasalParticles.Without([.. MeasureWords.Without(TextTerms.Tokenize(text))]).Where(t => !StopWords.Contains(t)).Select(t => sendIsAVerb && t == "send" ? "sent" : t).ToList();
        var searchTerms = tokens
            .Where(t => t.Length > 1 || char.IsDigit(t[0]))
            .Where(t => !acronymTokens.Contains(t))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        dateWords.UnionWith(Weekdays.In(tokens));
        dateWords.UnionWith(DayOrdinals(text));
        var contentStems = tokens
            .Where(t => !dateWords.Contains(t) && !acronymTokens.Contains(t))
            .Select(TextTerms.Stem)
            .Where(s => !committeeStems.Contains(s) && (s.Length > 1 || char.IsDigit(s[0])))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var intent = IntentDetector.Detect(ContextClauses.WithoutPointers(text));
        if ((intent & QuestionIntent.Frequency) != 0)
        {
            searchTerms.AddRange(FrequencyWords.Where(w => !searchTerms.Contains(w)));
        }

        if ((intent & (QuestionIntent.StartTime | QuestionIntent.EndTime)) != 0)
        {
            searchTerms.RemoveAll(MeetingTimeWords.Contains);
            contentStems.RemoveAll(s => MeetingTimeWords.Contains(s) || tokens.Any(t => MeetingTimeWords.Contains(t) && TextTerms.Stem(t) == s));
        }

        if ((intent & QuestionIntent.Attendance) != 0)
        {
            searchTerms.RemoveAll(AttendanceWords.Contains);
            contentStems.RemoveAll(s => tokens.Any(t => AttendanceWords.Contains(t) && TextTerms.Stem(t) == s));
        }

        if ((intent & QuestionIntent.Apologies) != 0)
        {
            // "who sent / gave / tendered apologies": the verb says how apologies are given, not what the meeting was about.
            var verbs = ApologyVerb().Matches(text).Select(m => m.Groups["verb"].Value.ToLowerInvariant()).Where(v => !StopWords.Contains(v)).ToHashSet(StringComparer.Ordinal);
            searchTerms.RemoveAll(verbs.Contains);
            contentStems.RemoveAll(s => verbs.Any(v => TextTerms.Stem(v) == s));
        }

        if ((intent & QuestionIntent.Decision) != 0)
        {
            // "being asked to do" says what kind of answer is wanted, not what it is about.
            contentStems.RemoveAll(s => DecisionStems.Contains(s));
        }

        if ((intent & QuestionIntent.Conclusion) != 0)
        {
            // "conclude" says the answer is a judgement, not what it is about: papers write "the assessment was".
            contentStems.RemoveAll(s => ConclusionStems.Contains(s));
        }

        return new QueryAnalysis(
            text,
            searchTerms,
            contentStems,
            Phrases(text),
            dates,
            DateExpressionParser.ParseRelative(text),
            committee?.Name,
            PartKindDetector.Detect(text),
            intent)
        {
            ContextStems = WithCouncilOfCommittee(ContextClauses.Stems(text), text, committee?.Name),
        };
    }

    /// <summary>Ordinals that give a day ("on the 13th", "13th of March"), not an edition or a rank ("the 11th annual
    /// conference", "the 3rd report"), which the papers write too.</summary>
    private static IEnumerable<string> DayOrdinals(string text) =>
        OrdinalDay().Matches(text).Select(m => m.Groups["d"].Value.ToLowerInvariant());

    /// <summary>Quoted text, and runs of two or more capitalised words after the first word ("Harlow Academy").</summary>
    private static List<string> Phrases(string text)
    {
        var phrases = Quoted().Matches(text).Select(m => m.Groups["q"].Value.Trim()).Where(p => p.Contains(' ', StringComparison.Ordinal)).ToList();
        foreach (Match m in CapitalisedRun().Matches(text))
        {
            if (m.Index == 0)
            {
                continue;
            }

            var words = TextTerms.Tokenize(m.Value);
            if (words.Count >= 2 && words.Count(w => !StopWords.Contains(w)) >= 2 && DateExpressionParser.Parse(m.Value).Count == 0)
            {
                phrases.Add(m.Value.Trim());
            }
        }

        return phrases.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>Text in quotation marks; an apostrophe inside a word ("who's", "children's") neither opens nor closes one.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])[""'\u2018\u201c](?<q>[^""'\u2019\u201d]{3,60})[""'\u2019\u201d](?![\p{L}\d])")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b[A-Z][\w\-]*(?:'s)?(?:\s+(?:(?:of|for|and|&|the|in)\s+)?[A-Z][\w\-]*(?:'s)?)+")]
    private static partial Regex CapitalisedRun();

    /// <summary>"When did we send Ofsted the plan?", "did the LA send its plan": the verb, not SEND (special educational
    /// needs), which papers and officers write in capitals or after a noun ("SEND support", "the SEND inspection").</summary>
    [GeneratedRegex(@"\b(we|they|you|i|to|did|do|does|will|would|should|can|could|please|not)\s+send\b|\bsend\s+(its|their|our|his|her|them|it|back|out|off|over)\b")]
    private static partial Regex SendAsAVerb();

    /// <summary>The word just before "apologies" (past a possessive: "sent their apologies"), which gives them.</summary>
    [GeneratedRegex(@"\b(?<verb>[a-z]+)\s+((their|his|her|its|any|our|your)\s+)?apolog", RegexOptions.IgnoreCase)]
    private static partial Regex ApologyVerb();

    [GeneratedRegex(@"\b(" + DateExpressionParser.DayPrepositions + @")\s+(the\s+)?(?<d>\d{1,2}(st|nd|rd|th))\b|\b(?<d>\d{1,2}(st|nd|rd|th))\s+(of\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalDay();
}
