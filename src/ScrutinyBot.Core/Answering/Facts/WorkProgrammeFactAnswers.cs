using System.Text;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Answers "what's on the work programme for December?" and "when does X come to committee?" from the
/// extracted work-programme items.</summary>
public static class WorkProgrammeFactAnswers
{
    private const int MaxItems = 8;
    private static readonly string[] ProgrammeWords = ["work", "programm", "forward", "plan", "agenda", "futur", "item", "come", "consider", "list"];

    public static Answer? TryAnswer(QueryAnalysis analysis, FactSet facts)
    {
        var items = facts.Facts.WorkProgramme
            .Where(i => analysis.Committee is null || i.Committee is null || CommitteeRecognizer.IsSame(i.Committee, analysis.Committee))
            .ToList();
        if (items.Count == 0)
        {
            return null;
        }

        var residual = MeetingVocabulary.Residual(analysis).Where(s => !ProgrammeWords.Any(w => s.StartsWith(w, StringComparison.Ordinal))).ToList();
        if (analysis.Has(QuestionIntent.WorkProgramme) && residual.Count == 0 && analysis.Dates.Count > 0)
        {
            var planned = items.Where(i => Fits(analysis, i)).Take(MaxItems).ToList();
            return planned.Count == 0 ? null : Compose(planned);
        }

        if (analysis.Has(QuestionIntent.When | QuestionIntent.WorkProgramme) && residual.Count > 0)
        {
            var weights = residual.ToDictionary(s => s, _ => 1.0);
            var matching = items
                .Select(i => (Item: i, Coverage: CoverageCalculator.Coverage(weights, CoverageCalculator.Stems($"{i.Item} {i.Lead}"))))
                .Where(x => x.Coverage >= 0.6)
                .OrderByDescending(x => x.Coverage)
                .Take(3)
                .Select(x => x.Item)
                .ToList();
            return matching.Count == 0 ? null : Compose(matching);
        }

        return null;
    }

    private static bool Fits(QueryAnalysis analysis, WorkProgrammeItem item) =>
        (item.MeetingDate is { } date && analysis.DateFits(date))
        || (item.When is { } when && DateExpressionParser.Parse(when).Any(written => analysis.Dates.Any(d => d.IsCompatibleWith(written) || (d.Month == written.Month && d.Day is null))));

    private static Answer Compose(IReadOnlyList<WorkProgrammeItem> items)
    {
        var text = new StringBuilder();
        var citations = new List<Citation>();
        foreach (var item in items)
        {
            var number = citations.Count + 1;
            var when = item.When ?? (item.MeetingDate is { } d ? FactText.ShortDate(d) : "date to be confirmed");
            text.Append(text.Length == 0 ? string.Empty : "\n")
                .Append($"- {when}: {item.Item}{(item.Lead is null ? string.Empty : $" ({item.Lead})")} [{number}]");
            citations.Add(CitationFactory.FromEvidence(number, item.Evidence, item.MeetingDate, item.Committee));
        }

        return new Answer(true, text.ToString(), citations);
    }
}
