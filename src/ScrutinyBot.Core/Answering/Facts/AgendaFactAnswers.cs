using System.Text;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Answers "what's on the agenda for the 15 April meeting?" from the agenda items read off the front sheet,
/// for the meetings the question's date, committee or "next"/"last" pick out.</summary>
public static class AgendaFactAnswers
{
    private const int MaxMeetings = 2;
    private static readonly string[] AgendaWords = ["agenda", "item", "report", "paper", "busines", "discuss", "consider", "cover", "list"];

    /// <param name="index">The fact set's lookups, kept per set; none given, they are built for this question.</param>
    public static Answer? TryAnswer(QueryAnalysis analysis, FactSet facts, DateOnly asOf, FactIndex? index = null)
    {
        if (!analysis.Has(QuestionIntent.Agenda) || MeetingVocabulary.Residual(analysis).Any(s => !AgendaWords.Any(w => s.StartsWith(w, StringComparison.Ordinal))))
        {
            return null;
        }

        index ??= new FactIndex(facts);
        var meetings = index.AgendaItemsOf(analysis.Committee)
            .GroupBy(i => (i.Committee, i.MeetingDate))
            .ToList();
        var chosen = MeetingChoice.Choose(meetings, m => m.Key.MeetingDate, analysis, asOf, MaxMeetings);
        if (chosen.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        var citations = new List<Citation>();
        foreach (var meeting in chosen)
        {
            var items = meeting.DistinctBy(i => i.Number).OrderBy(i => int.TryParse(i.Number, out var n) ? n : int.MaxValue).ToList();
            var number = citations.Count + 1;
            text.Append(text.Length == 0 ? string.Empty : "\n")
                .Append($"Agenda of the {meeting.Key.Committee ?? "meeting"}, {FactText.Date(meeting.Key.MeetingDate)} [{number}]:");
            foreach (var item in items)
            {
                text.Append($"\n{item.Number}. {item.Title}");
            }

            citations.Add(CitationFactory.FromEvidence(number, items[0].Evidence, meeting.Key.MeetingDate, meeting.Key.Committee));
        }

        return new Answer(true, text.ToString(), citations);
    }
}
