using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Scores a sentence as an answer: the rarity-weighted share of the question's words it holds, how close
/// together they are, the rank of its passage, and whether it holds what the question asks for (a time, a date,
/// a number, a name, a place).</summary>
public static partial class SentenceScorer
{
    private const double ListShare = 0.9;
    private const double MinListCoverage = 0.5;

    /// <summary>How much of the coverage of a sentence read with its item's heading counts.</summary>
    private const double TitleShare = 0.8;

    /// <summary>About what the question's words are worth: a date of another time than asked is not the answer,
    /// however well the sentence matches the words.</summary>
    private const double OtherDatePenalty = 0.7;

    private const double AskedInThePaper = 0.6;

    private const double NamedKindBonus = 0.4;

    private const QuestionIntent TimeOrDay = QuestionIntent.StartTime | QuestionIntent.EndTime | QuestionIntent.When
        | QuestionIntent.Deadline | QuestionIntent.NextMeeting;

    /// <param name="listStems">When the sentence introduces a list, the words of the list too: "Recommendation(s):"
    /// is as good as the recommendations under it.</param>
    /// <param name="notNames">Words that are not parts of people's names here (<see cref="PersonNames.ExcludedWords"/>).</param>
    /// <param name="leaningStems">When the sentences after it lean on it ("12) Mr Hook … explained …" then "He noted
    /// that … postponement …"), its words with theirs: what they say is said of its subject.</param>
    public static double Score(string sentence, IReadOnlySet<string> stems, RetrievalResult result, ScoredPassage passage, double passageRank, IReadOnlySet<string> notNames, IReadOnlySet<string>? listStems = null, IReadOnlySet<string>? leaningStems = null)
    {
        var analysis = result.Analysis;
        var coverage = CoverageCalculator.Coverage(result.StemWeights, stems, null, analysis.SpelledOut);
        var listCoverage = listStems is null ? 0 : ListShare * CoverageCalculator.Coverage(result.StemWeights, listStems, null, analysis.SpelledOut);
        var leaningCoverage = leaningStems is null ? 0 : CoverageCalculator.Coverage(result.StemWeights, leaningStems, null, analysis.SpelledOut);
        coverage = Math.Max(coverage, Math.Max(listCoverage, leaningCoverage));
        if (passage.Hit.Chunk.Heading is { Length: > 0 } title)
        {
            // A sentence under an item's heading is about the heading's subject: "(c) The inspection took place between
            // 8 and 12 November 2021" under "Ofsted and CQC SEND Inspection".
            var titled = new HashSet<string>(stems, StringComparer.Ordinal);
            titled.UnionWith(CoverageCalculator.Stems(title));
            coverage = Math.Max(coverage, TitleShare * CoverageCalculator.Coverage(result.StemWeights, titled, null, analysis.SpelledOut));
        }

        var score = coverage + (0.35 * passageRank) + (0.15 * Proximity(sentence, result.StemWeights));
        score += Bonus(analysis, QuestionIntent.StartTime | QuestionIntent.EndTime, Time().IsMatch(sentence));
        score += Bonus(analysis, QuestionIntent.When | QuestionIntent.Deadline | QuestionIntent.NextMeeting, DateText().IsMatch(sentence));
        score += Bonus(analysis, QuestionIntent.Quantity, QuantityText.HasFigure(sentence));
        score += Bonus(analysis, QuestionIntent.Person | QuestionIntent.Chair, PersonNames.Find(sentence, notNames).Count > 0) * 2;
        score += Bonus(analysis, QuestionIntent.Place, PlaceAnswers.NamesAVenue(sentence));
        score += Bonus(analysis, QuestionIntent.Frequency, FrequencyText().IsMatch(sentence)) * 2;
        score += Bonus(analysis, QuestionIntent.Enumeration, listCoverage >= MinListCoverage) * 1.5;
        score += Bonus(analysis, QuestionIntent.Decision, UnitShape.StatesWhatIsAsked(sentence)) * 4;
        score += Bonus(analysis, QuestionIntent.Reason, GivesAReason().IsMatch(sentence));
        score += NamedKind.Asked(analysis.Text) is { } kind && NamedKind.IsNamedIn(sentence, kind) ? NamedKindBonus : 0.0;
        // "Who wrote the report?" is answered by its author line, not by the names in its "From:" line.
        // "Who's the contact for cabinet on 30 Jan?" names only the meeting: its contact is the front sheet's "Ask for:",
        // not the authors of the reports in its pack.
        score += PaperContacts.AreAsked(analysis.Text) && (AsksOnlyOfTheMeeting(analysis) ? PaperContacts.IsMeetingContact(sentence) : PaperContacts.IsContactBlock(sentence)) ? 0.8 : 0.0;
        if (Negated().IsMatch(analysis.Text) && Negated().IsMatch(sentence))
        {
            // "Why weren't they included?" is answered where the papers say so: "the reason … was not included".
            score += 0.2;
        }
        // A date named in the question usually names the meeting: a sentence from that meeting's papers counts
        // more than one that merely mentions the month; a full day written in the sentence counts most.
        var ofTheMeeting = analysis.Dates.Count > 0 && passage.Hit.Chunk.MeetingDate is { } meetingDate && analysis.DateFits(meetingDate);
        if (ofTheMeeting)
        {
            score += 0.3;
        }

        if (analysis.MentionsQuestionDate(sentence))
        {
            // In the meeting's own papers a sentence giving its day is mostly a heading ("To: County Council 13th
            // March 2025 - Subject: …"), the answer only to a question about the meeting's time or day.
            // Asked how many there were at a day that names no meeting, a sentence giving that day without a figure
            // only dates a period ("covering 1 April 2020 to 31 March 2021").
            var heading = ofTheMeeting && !analysis.Has(TimeOrDay);
            var noFigure = analysis.Has(QuestionIntent.Quantity) && !QuantityText.HasFigure(sentence)
                && analysis.Dates.All(d => d.Day is null || !DatedMeeting.IsNamed(analysis.Text, d));
            score += analysis.Dates.Any(d => d.Day is not null) && !heading && !noFigure ? 0.4 : 0.1;
        }
        else if (analysis.Dates.Count > 0 && analysis.Has(QuestionIntent.When | QuestionIntent.Deadline) && DateExpressionParser.Parse(sentence).Count > 0)
        {
            // "When was the inspection in 2021?": a sentence dated only otherwise answers for another time.
            score -= OtherDatePenalty;
        }

        if (sentence.Length < 30 && listStems is null)
        {
            score *= 0.6;
        }

        if (sentence.TrimEnd().EndsWith('?'))
        {
            // "Can the Cabinet Member confirm what joint initiatives with the NHS are being undertaken?": the question
            // a paper records repeats the asker's words and answers nothing; its answer follows.
            score *= AskedInThePaper;
        }

        if (UnitShape.IsContentsLine(sentence))
        {
            // A line of a table of contents matches the words of a subject and holds no answer: never chosen.
            return 0;
        }

        return score;
    }

    private static double Bonus(QueryAnalysis analysis, QuestionIntent intent, bool present) =>
        analysis.Has(intent) && present ? 0.2 : 0.0;

    /// <summary>1 when the question words found sit close together, falling towards 0 as they spread out. A word counts
    /// in the forms coverage counts it in ("financial" for "finance").</summary>
    private static double Proximity(string sentence, IReadOnlyDictionary<string, double> weights)
    {
        var tokens = TextTerms.Tokenize(sentence);
        var positions = new List<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var stem = TextTerms.Stem(tokens[i]);
            if (weights.ContainsKey(stem) || weights.Keys.Any(k => k.Length >= StemSet.MinShared && StemSet.SameWord(stem, k)))
            {
                positions.Add(i);
            }
        }

        if (positions.Count < 2)
        {
            return 0;
        }

        var span = positions[^1] - positions[0] + 1;
        return Math.Min(1.0, (double)positions.Count / span * 2);
    }

    /// <summary>True when the question names a meeting (its committee or day) and nothing else but whom to contact.</summary>
    private static bool AsksOnlyOfTheMeeting(QueryAnalysis analysis) =>
        (analysis.Committee is not null || analysis.Dates.Count > 0)
        && Facts.MeetingVocabulary.Residual(analysis).All(PaperContacts.IsContactWord);

    [GeneratedRegex(@"\b\d{1,2}[.:]\d{2}\s*(am|pm|a\.m\.|p\.m\.)?|\b\d{1,2}\s*(am|pm)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"\b\d{1,2}(st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")]
    private static partial Regex DateText();



    [GeneratedRegex(@"\b(reasons?|because|due to|owing to|as a result of|on the grounds|in light of|given that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GivesAReason();

    /// <summary>Lower case only: "No Use Empty" is a programme's name.</summary>
    [GeneratedRegex(@"\b(not|no|never|cannot|unable)\b|n't\b|n’t\b|\b(turned down|refused|rejected|declined)\b")]
    private static partial Regex Negated();

    [GeneratedRegex(@"\b(weekly|fortnightly|monthly|quarterly|annually|yearly|biannually|bi-annually|every (week|month|quarter|year|meeting|\w+ (weeks|months|years))|each (week|month|quarter|year|meeting)|(once|twice|three times) (a|per|each) (week|month|quarter|year)|standing item)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FrequencyText();

}
