using System.Text;
using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Answers "what's resolution 2024/001?" and "what was resolved at the 5 February meeting?" from the
/// extracted resolutions.</summary>
public static partial class ResolutionFactAnswers
{
    private const int MaxResolutions = 6;
    private const double TopicCoverage = 0.75;
    private const int MaxChars = 1100;

    /// <param name="index">The fact set's lookups, kept per set; none given, they are built for this question.</param>
    public static Answer? TryAnswer(QueryAnalysis analysis, FactSet facts, FactIndex? index = null)
    {
        index ??= new FactIndex(facts);
        var reference = Reference().Match(analysis.Text);
        if (reference.Success)
        {
            var wanted = reference.Groups["ref"].Value;
            var found = index.ResolutionsWithReference(wanted);
            return found.Count == 0 ? null : Compose(found, r => $"Resolution {r.Reference}");
        }

        if (!analysis.Has(QuestionIntent.Resolutions))
        {
            return null;
        }

        var topic = MeetingVocabulary.Residual(analysis).Where(s => !IsResolutionWord(s)).ToList();
        if (topic.Count > 0)
        {
            return OnTopic(analysis, index, topic) ?? OnTopicOfTheFirstQuestion(analysis, index, topic);
        }

        if (analysis.Dates.Count == 0)
        {
            return null;
        }

        var onDate = index.ResolutionsOf(analysis.Committee)
            .Where(r => analysis.DateFits(r.MeetingDate))
            .OrderByDescending(r => r.MeetingDate)
            .ToList();
        return onDate.Count == 0 ? null : Compose(onDate, r => r.Item is null ? $"Minute {r.MinuteNumber}" : r.Item);
    }

    /// <summary>"What did the committee resolve after the SEND inspection item?": resolutions whose item and text
    /// hold the topic's words, in a meeting the question's dates fit.</summary>
    private static Answer? OnTopic(QueryAnalysis analysis, FactIndex index, IReadOnlyList<string> topic)
    {
        var inMeetings = index.ResolutionsOf(analysis.Committee).Where(r => analysis.DateFits(r.MeetingDate));
        var matching = FactTopics.Matching(inMeetings, topic, TopicText, r => r.MeetingDate, TopicCoverage, index.Stems, index.Facts.Facts.Resolutions);
        return matching.Count == 0 ? null : Compose(WholeDecisions(index.MinutesOf(analysis.Committee), matching), r => r.Item is null ? $"Minute {r.MinuteNumber}" : r.Item);
    }

    /// <summary>"What did council resolve on the white paper - was anything added to the leader's recommendations?":
    /// the resolutions on the first question's subject, when the words of the whole match none.</summary>
    private static Answer? OnTopicOfTheFirstQuestion(QueryAnalysis analysis, FactIndex index, IReadOnlyList<string> topic)
    {
        if (FollowUpQuestion.First(analysis.Text) is not { } first)
        {
            return null;
        }

        var words = TextTerms.ContentStems(first).ToHashSet(StringComparer.Ordinal);
        var firstTopic = topic.Where(words.Contains).ToList();
        return firstTopic.Count > 0 && firstTopic.Count < topic.Count ? OnTopic(analysis, index, firstTopic) : null;
    }

    /// <summary>A decision is the whole list a minute resolved, and one of its points rarely repeats the topic the
    /// others share ("To declare our solidarity with the farmers…", "To write to the Chancellor…"): each matched
    /// resolution brings its minute's others, in the minutes' order; the unmatched ones last in a list too long for
    /// a chat message give way first. Only as many minutes as an answer shows are gathered (each one looked up, not
    /// found by scanning every resolution), however many matched.</summary>
    private static List<Extraction.Resolution> WholeDecisions(ILookup<MinuteKey, Extraction.Resolution> minutes, IReadOnlyList<Extraction.Resolution> matched)
    {
        var decisions = new List<Extraction.Resolution>();
        foreach (var key in matched.Select(MinuteKey.Of).Distinct())
        {
            if (decisions.Count >= MaxResolutions)
            {
                break;
            }

            if (key.Minute is null && key.Item is null)
            {
                decisions.AddRange(matched.Where(r => MinuteKey.Of(r) == key && !decisions.Contains(r)));
                continue;
            }

            var minute = minutes[key].ToList();
            while (minute.Sum(r => r.Text.Length + 3) > MaxChars && minute.FindLastIndex(r => !matched.Contains(r)) is var last and >= 0)
            {
                minute.RemoveAt(last);
            }

            decisions.AddRange(minute);
        }

        return decisions;
    }

    private static string TopicText(Extraction.Resolution resolution) => $"{resolution.Item} {resolution.Text}";

    private static bool IsResolutionWord(string stem) =>
        stem.StartsWith("resol", StringComparison.Ordinal) || stem.StartsWith("agre", StringComparison.Ordinal) || stem.StartsWith("decid", StringComparison.Ordinal) || stem.StartsWith("decision", StringComparison.Ordinal);

    /// <summary>One line per minute: its heading once, then its resolutions ("- To …" each when there are several),
    /// cited once.</summary>
    private static Answer Compose(IReadOnlyList<Extraction.Resolution> resolutions, Func<Extraction.Resolution, string> label)
    {
        var text = new StringBuilder();
        var citations = new List<Citation>();
        var shown = 0;
        foreach (var minute in Consecutive(resolutions))
        {
            if (shown >= MaxResolutions)
            {
                break;
            }

            var first = minute[0];
            var number = citations.Count + 1;
            var points = minute.Take(MaxResolutions - shown).Select(r => r.Text).ToList();
            var body = points.Count == 1 ? " " + points[0] : string.Concat(points.Select(p => "\n- " + p));
            var line = $"{label(first)} ({first.Committee ?? "committee"}, {FactText.ShortDate(first.MeetingDate)}):{body} [{number}]";
            if (text.Length + line.Length > MaxChars && text.Length > 0)
            {
                break;
            }

            text.Append(text.Length == 0 ? string.Empty : "\n").Append(line.Length > MaxChars ? line[..MaxChars] + "…" : line);
            citations.Add(CitationFactory.FromEvidence(number, first.Evidence, first.MeetingDate, first.Committee));
            shown += points.Count;
        }

        return new Answer(true, text.ToString(), citations);
    }

    /// <summary>Runs of resolutions from the same minute (with a minute number or item to tell it by).</summary>
    private static IEnumerable<List<Extraction.Resolution>> Consecutive(IReadOnlyList<Extraction.Resolution> resolutions)
    {
        var run = new List<Extraction.Resolution>();
        foreach (var r in resolutions)
        {
            if (run.Count > 0 && (MinuteKey.Of(run[0]) != MinuteKey.Of(r) || (r.MinuteNumber is null && r.Item is null)))
            {
                yield return run;
                run = [];
            }

            run.Add(r);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    [GeneratedRegex(@"(?<ref>\b\d{4}/\d{1,4}\b)")]
    private static partial Regex Reference();
}
