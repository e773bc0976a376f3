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
            return OnTopic(analysis, index, topic);
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
        var matching = FactTopics.Matching(inMeetings, topic, TopicText, r => r.MeetingDate, TopicCoverage, index.Stems);
        return matching.Count == 0 ? null : Compose(matching, r => r.Item is null ? $"Minute {r.MinuteNumber}" : r.Item);
    }

    private static string TopicText(Extraction.Resolution resolution) => $"{resolution.Item} {resolution.Text}";

    private static bool IsResolutionWord(string stem) =>
        stem.StartsWith("resol", StringComparison.Ordinal) || stem.StartsWith("agre", StringComparison.Ordinal) || stem.StartsWith("decid", StringComparison.Ordinal) || stem.StartsWith("decision", StringComparison.Ordinal);

    private static Answer Compose(IReadOnlyList<Extraction.Resolution> resolutions, Func<Extraction.Resolution, string> label)
    {
        var text = new StringBuilder();
        var citations = new List<Citation>();
        foreach (var r in resolutions.Take(MaxResolutions))
        {
            var number = citations.Count + 1;
            var line = $"{label(r)} ({r.Committee ?? "committee"}, {FactText.ShortDate(r.MeetingDate)}): {r.Text} [{number}]";
            if (text.Length + line.Length > MaxChars && text.Length > 0)
            {
                break;
            }

            text.Append(text.Length == 0 ? string.Empty : "\n").Append(line.Length > MaxChars ? line[..MaxChars] + "…" : line);
            citations.Add(CitationFactory.FromEvidence(number, r.Evidence, r.MeetingDate, r.Committee));
        }

        return new Answer(true, text.ToString(), citations);
    }

    [GeneratedRegex(@"(?<ref>\b\d{4}/\d{1,4}\b)")]
    private static partial Regex Reference();
}
