using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Papers written before an event cannot say how it went. "What grade did Ofsted give at the 2025
/// inspection?" over papers that only say "a full inspection is expected in the second half of 2025" is not answered
/// by them: every sentence that names the year asked looks ahead to it.</summary>
public static partial class ForeseenOnly
{
    /// <returns>The year asked about when the question asks how something went in it and every candidate sentence naming
    /// that year looks ahead (and tells of nothing that was), or comes from a paper of a meeting before the month asked
    /// ("what did the committee resolve in March 2025?" over a January 2025 pack's work programme); otherwise null.</returns>
    /// <param name="asked">The dates the question names when it asks how a meeting ended ("what did the committee resolve
    /// at its March 2025 meeting?"): a month among them dates that meeting. Null for other questions, whose dates may
    /// name something else ("the deadline for postponing the May 2025 elections").</param>
    /// <param name="weights">The question's key words, when known: a sentence that names the year but none of them
    /// (a front sheet's "Date: Wednesday, 15 January 2025", an agenda's "the 2025/26 Budget Proposals") tells nothing
    /// of what is asked, looking ahead or back, unless its paper is of the month asked. The name of the council whose
    /// paper it is does not count.</param>
    public static int? Year(string question, IEnumerable<AnswerUnit> units, IReadOnlyList<DateMention>? asked = null, IReadOnlyDictionary<string, double>? weights = null)
    {
        if (!PastTense.In(question) && !(PastVerb().IsMatch(question) && !ComingOrPassive().IsMatch(question)))
        {
            return null;
        }

        // "When cabinet looked at the report on 9 January 2025, how many…": a year given with its day dates the meeting
        // whose papers are asked, not something they could only look ahead to; but "what did the committee resolve on
        // 12 March 2025?" asks how that meeting ended, which only papers written after it tell.
        var dates = DateExpressionParser.Parse(question);
        var withoutDays = asked is not null ? question
            : dates.Where(d => d.Day is not null).Aggregate(question, (text, d) => text.Replace(d.Text, " ", StringComparison.Ordinal));
        foreach (var year in Years().Matches(withoutDays).Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            var value = int.Parse(year, System.Globalization.CultureInfo.InvariantCulture);
            var month = asked?.Where(d => d.Year == value && d.Month is not null).Select(d => new DateOnly(value, d.Month!.Value, 1)).DefaultIfEmpty().Min();
            var monthsAsked = dates.Where(d => d.Year == value && d.Month is not null).ToList();
            var naming = units.Where(u => Regex.IsMatch(u.Text, $@"\b{year}\b") && (weights is null || NamesAKeyWord(u, weights) || OfAMonthAsked(u, monthsAsked)))
                .DistinctBy(u => u.Text).ToList();
            if (naming.Count > 0 && naming.All(u => (LooksAhead().IsMatch(u.Text) && !PastTense.In(u.Text)) || WrittenBefore(u, month)))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>"… as at Jan 2022?" over the minutes "of the meeting held on 27 January 2022": a paper of the month asked
    /// tells of that month, whatever it names.</summary>
    private static bool OfAMonthAsked(AnswerUnit unit, IReadOnlyList<DateMention> months) =>
        unit.Passage.Hit.Chunk.MeetingDate is { } meeting && months.Any(d => d.Year == meeting.Year && d.Month == meeting.Month);

    private static bool NamesAKeyWord(AnswerUnit unit, IReadOnlyDictionary<string, double> weights)
    {
        var council = CoverageCalculator.Stems(unit.Passage.Hit.Chunk.Council ?? string.Empty);
        return weights.Keys.Any(k => CoverageCalculator.Contains(unit.Stems, k) && !CoverageCalculator.Contains(council, k));
    }

    private static bool WrittenBefore(AnswerUnit unit, DateOnly? month) =>
        month is { } start && start != default && unit.Passage.Hit.Chunk.MeetingDate is { } meeting && meeting < start;

    /// <returns>The thing asked about when the question asks what it was ("what feedback did the DfE give?", "what
    /// grade was given?", "what did they say in their feedback?") and every candidate sentence naming it on the
    /// question's subject looks ahead ("the feedback from this is expected in early April"); otherwise null. Sentences
    /// naming the thing on another subject ("as discussed in the Stocktake feedback meeting") do not count when some
    /// name it on the one asked; the tense is read in the clause that names it ("once the data had been collated, the
    /// feedback would be provided").</returns>
    /// <param name="dates">The dates the question names: a clause dated wholly before them tells of something earlier
    /// ("feedback was received on 27 February" does not answer "what feedback came after the March deep dive?").</param>
    public static string? Focus(string question, IReadOnlyList<AnswerUnit> units, IReadOnlyList<DateMention>? dates = null)
    {
        var outcome = OutcomeNoun(question);
        var word = outcome ?? (FocusWord().Match(question) is { Success: true } asked ? asked.Groups["word"].Value : null);
        if (word is null || SetAhead().IsMatch(word))
        {
            return null;
        }

        // An outcome asked with its verb is written with its noun or as feedback: "what did they conclude?" over "the
        // feedback from this is expected in early April".
        string[] words = outcome is null or "feedback" ? [word] : [word, "feedback"];
        var stems = words.Select(w => TextTerms.Stem(w)).ToHashSet(StringComparer.Ordinal);
        var naming = units.Where(u => u.Stems.Overlaps(stems)).ToList();
        var subject = TextTerms.Tokenize(question).Where(t => !StopWords.Contains(t)).Select(TextTerms.Stem).Where(s => !stems.Contains(s)).Distinct(StringComparer.Ordinal).ToList();
        var onSubject = naming.Where(u => WindowNamesMost(units, u, subject)).ToList();
        var clauses = (onSubject.Count > 0 ? onSubject : naming).Select(u => ClauseNaming(u.Text, words))
            .Where(c => !DatedBefore(c, dates)).Distinct(StringComparer.Ordinal).ToList();
        return clauses.Count > 0 && clauses.All(t => (LooksAhead().IsMatch(t) || WouldBe().IsMatch(t)) && !PastTense.In(t) && !Perfect().IsMatch(t)) ? word : null;
    }

    /// <summary>True when the unit, read with the two before it in its passage, names at least half the words.</summary>
    private static bool WindowNamesMost(IReadOnlyList<AnswerUnit> units, AnswerUnit unit, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return false;
        }

        var window = units.Where(u => u.Passage == unit.Passage && u.Index <= unit.Index && u.Index >= unit.Index - 2).ToList();
        return words.Count(w => window.Any(u => CoverageCalculator.Contains(u.Stems, w))) * 2 >= words.Count;
    }

    private static bool DatedBefore(string clause, IReadOnlyList<DateMention>? asked)
    {
        var from = asked?.Select(d => d.Range?.From).Where(d => d is not null).Min();
        var written = DateExpressionParser.Parse(clause).Select(d => d.Range?.To).ToList();
        return from is { } start && written.Count > 0 && written.All(d => d is { } end && end < start);
    }

    private static string ClauseNaming(string text, IReadOnlyList<string> words) =>
        ClauseBreak().Split(text).FirstOrDefault(c => words.Any(w => c.Contains(w, StringComparison.OrdinalIgnoreCase))) ?? text;

    [GeneratedRegex(@"[,;:]|\s[-\u2013]\s")]
    private static partial Regex ClauseBreak();

    /// <summary>"What deadline did the minister give?": a deadline, target or timetable is set ahead of what it times,
    /// so papers state it looking ahead ("requests are required by 10 January"), and that is the answer.</summary>
    [GeneratedRegex(@"^(deadlines?|targets?|dates?|timetables?|timescales?|timelines?)$", RegexOptions.IgnoreCase)]
    private static partial Regex SetAhead();

    [GeneratedRegex(@"\bwould be\b", RegexOptions.IgnoreCase)]
    private static partial Regex WouldBe();

    /// <summary>True when the question asks what has come about ("how many has it actually approved so far?") and
    /// every sentence holding a figure on its subject gives an aim or a forecast ("the team aim to approve 103 new
    /// carers"): a target is not a result.</summary>
    /// <param name="holding">The sentences holding a figure near the question's subject.</param>
    public static bool FiguresOnlyAimedAt(string question, IReadOnlyList<string> holding)
    {
        if (holding.Count == 0 || !AsksWhatCameAbout().IsMatch(question) || AimsAt().IsMatch(question) || LooksAhead().IsMatch(question))
        {
            return false;
        }

        // The question's own verb in the past ("approved") tells of what came about: "the hub approved 41 against a
        // target of 103".
        var doneWords = PastParticiple().Matches(question).Select(m => m.Value).ToList();
        return holding.All(t => (AimsAt().IsMatch(t) || LooksAhead().IsMatch(t)) && !PastTense.In(t) && !Perfect().IsMatch(t)
            && !doneWords.Any(w => Regex.IsMatch(t, $@"\b{Regex.Escape(w)}\b", RegexOptions.IgnoreCase)));
    }

    /// <summary>"What did the DfE feed back from the deep dive?", "what did inspectors conclude from the visit?": asked
    /// with the verb, the outcome is the verb's noun, which papers write when they give it or say it is awaited
    /// ("the feedback from this is expected in early April"); what follows the verb is where it came from, not what
    /// was asked for.</summary>
    private static string? OutcomeNoun(string question) =>
        OutcomeVerb().Match(question) is { Success: true } m
            ? m.Groups["verb"].Value.ToLowerInvariant() switch
            {
                ['c', ..] => "conclusion",
                ['f', 'i' or 'o', ..] => "finding",
                ['r', ..] => "recommendation",
                _ => "feedback",
            }
            : null;

    /// <summary>"What did they conclude from…", or with the verb in the past and no auxiliary: "any news on what the
    /// deep dive on 19 March concluded for Notts?".</summary>
    [GeneratedRegex(@"\bwhat\s+(did|has|have|had)\b[^?]{0,60}?\b(?<verb>feed\s?back|conclude|find|recommend)\s+(from|about|after|following|on|at)\b|\bwhat\s+(the|their|its|his|her|this|that)\s[^?]{0,60}?\b(?<verb>fed\s?back|concluded|found|recommended)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutcomeVerb();

    /// <summary>"what feedback did", "what grade was": the noun between "what"/"which" and a past auxiliary; "what did
    /// they say in their feedback": the noun said in.</summary>
    [GeneratedRegex(@"\b(what|which)\s+(?<word>[a-z]{4,})\s+(did|was|were|had)\b|\bwhat\s+(did|has|have|had)\b[^?]{0,60}?\b(say|tell|write|report|find|conclude)\s+(in|about|from)\s+(the|their|its|his|her|this|that)\s+(?<word>[a-z]{4,})\b", RegexOptions.IgnoreCase)]
    private static partial Regex FocusWord();

    [GeneratedRegex(@"\b\w{3,}ed\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastParticiple();

    [GeneratedRegex(@"\b(so far|to date|actually|in practice|achieved)\b|\b(has|have) (\w+ ){0,5}(been|\w+ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksWhatCameAbout();

    /// <summary>"Kent has been allocated £5m", "have approved 40": tells of what came about, whatever else the sentence
    /// foresees.</summary>
    [GeneratedRegex(@"\b(has|have) (been )?\w+ed\b", RegexOptions.IgnoreCase)]
    private static partial Regex Perfect();

    [GeneratedRegex(@"\b(aim|aims|aiming|aimed|target|targets|targeted|goal|goals|ambition|forecast|forecasts|projected|projection|trajectory|would)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AimsAt();

    [GeneratedRegex(FigureYears.YearWritten)]
    private static partial Regex Years();

    [GeneratedRegex(@"\b(will|shall|expected|expect|expects|anticipate|anticipated|anticipates|planned|plans to|due to|is due|are due|scheduled|forthcoming|upcoming|prior to|ahead of|intends?|likely to|on (course|track) to)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooksAhead();

    /// <summary>A question that asks what happened without an auxiliary ("what grade Ofsted gave at the 2025
    /// inspection", "what rating the CQC awarded"): the commonest verbs of outcomes in the past. "Has … got" is having,
    /// not getting ("how much has the council got in LOBO loans?").</summary>
    [GeneratedRegex(@"\b(gave|(?<!\b(?:has|have|hasn't|haven't|hasnt|havent)\b[^?.,;]{0,40}|['\u2019]ve\s+)got|made|took|said|came|went|held|met|won|lost|found|told|sent|paid|spent|awarded|rated|judged|graded|decided|agreed|concluded|resolved|approved|rejected)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastVerb();

    /// <summary>"Where will the 2025 conference be held?": a past participle after "be" asks what is to come.</summary>
    [GeneratedRegex(@"\b(will|shall|going to|be|being)\b|['\u2019]ll\b", RegexOptions.IgnoreCase)]
    private static partial Regex ComingOrPassive();
}
