using System.Text;
using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Answers "what's on the work programme for December?" and "when does X come to committee?" from the
/// extracted work-programme items.</summary>
public static partial class WorkProgrammeFactAnswers
{
    private const int MaxItems = 8;
    private const int MaxDetailChars = 320;
    private const int MaxMatches = 4;
    private const double EntryCoverage = 0.6;
    private static readonly string[] ProgrammeWords = ["work", "programm", "forward", "plan", "agenda", "futur", "item", "come", "consider", "list"];

    /// <param name="index">The fact set's lookups, kept per set; none given, they are built for this question.</param>
    public static Answer? TryAnswer(QueryAnalysis analysis, FactSet facts, FactIndex? index = null)
    {
        index ??= new FactIndex(facts);
        var stems = index.Stems;
        var items = index.WorkProgrammeOf(analysis.Committee);
        if (items.Count == 0)
        {
            return null;
        }

        var residual = MeetingVocabulary.Residual(analysis).Where(s => !ProgrammeWords.Any(w => s.StartsWith(w, StringComparison.Ordinal))).ToList();
        // "What's on the agenda for 15 July?" when the papers hold no agenda for that day (the agenda answers come first):
        // the programme says what is planned for it.
        if (analysis.Has(QuestionIntent.WorkProgramme | QuestionIntent.Agenda) && residual.Count == 0 && analysis.Dates.Count > 0)
        {
            var planned = items.Where(i => Fits(analysis, i)).Take(MaxItems).ToList();
            var lead = analysis.Has(QuestionIntent.WorkProgramme) ? null : "The papers hold no agenda for that meeting; the work programme plans:";
            return planned.Count == 0 ? null : Compose(planned, withDetail: false, lead);
        }

        // "What happened to the HAF report we asked for?": the programme often records what became of a request.
        if (analysis.Has(QuestionIntent.When | QuestionIntent.WorkProgramme | QuestionIntent.Outcome) && residual.Count > 0 && !AsksWhenSomethingHappened(analysis))
        {
            var weights = residual.ToDictionary(s => s, _ => 1.0);
            // The title counts most; the entry's text (what it is for, what became of it) counts too.
            // The entry holds the title, so an entry that falls short needs no title score.
            var candidates = stems.Postings(facts.Facts.WorkProgramme, EntryText)?.Candidates(residual, EntryCoverage);
            // "When did Ofsted inspect SEND in 2021?": a programme's slots in other years are not the answer.
            var matching = items
                .Where(i => (candidates is null || candidates.Contains(i)) && (analysis.Dates.Count == 0 || Fits(analysis, i)))
                .Select(i => (Item: i, Entry: Coverage(weights, stems.Of(i, EntryText))))
                .Where(x => x.Entry >= EntryCoverage)
                .Select(x => (x.Item, x.Entry, Title: Coverage(weights, stems.Of(x.Item, TitleText))))
                .OrderByDescending(x => x.Title + (0.5 * x.Entry))
                .Take(MaxMatches)
                .Select(x => x.Item)
                .ToList();
            return matching.Count == 0 ? null : Compose(matching, withDetail: true);
        }

        return null;
    }

    private static double Coverage(Dictionary<string, double> weights, IReadOnlySet<string> stems) =>
        CoverageCalculator.Coverage(weights, stems);

    private static string TitleText(WorkProgrammeItem item) => $"{item.Item} {item.Lead}";

    private static string EntryText(WorkProgrammeItem item) => $"{item.Item} {item.Lead} {item.Evidence.Quote}";

    private static bool Fits(QueryAnalysis analysis, WorkProgrammeItem item) =>
        (item.MeetingDate is { } date && analysis.DateFits(date))
        || (item.When is { } when && DateExpressionParser.Parse(when).Any(written => analysis.Dates.Any(d => d.IsCompatibleWith(written) || (d.Month == written.Month && d.Day is null && (d.Year is null || written.Year is null || d.Year == written.Year)))));

    /// <param name="withDetail">Quote the programme's entry (what it is for, what became of it) after the title.</param>
    /// <param name="lead">A line said before the items, if any.</param>
    private static Answer Compose(IReadOnlyList<WorkProgrammeItem> items, bool withDetail, string? lead = null)
    {
        var text = new StringBuilder(lead);
        var citations = new List<Citation>();
        foreach (var item in items)
        {
            var number = citations.Count + 1;
            var when = item.When ?? (item.MeetingDate is { } d ? FactText.ShortDate(d) : "date to be confirmed");
            text.Append(text.Length == 0 ? string.Empty : "\n")
                .Append($"- {when}: {item.Item}{(item.Lead is null ? string.Empty : $" ({item.Lead})")}")
                .Append(withDetail && Detail(item) is { Length: > 0 } detail ? $": \"{FactText.Clip(detail, MaxDetailChars)}\"" : string.Empty)
                .Append($" [{number}]");
            citations.Add(CitationFactory.FromEvidence(number, item.Evidence, item.MeetingDate, item.Committee));
        }

        return new Answer(true, text.ToString(), citations);
    }

    /// <summary>The entry's text after its date, title and lead, which the answer already gives.</summary>
    private static string Detail(WorkProgrammeItem item)
    {
        var quote = item.Evidence.Quote;
        foreach (var known in new[] { item.When, item.Item, item.Lead })
        {
            var at = known is null ? -1 : quote.IndexOf(known, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at < 40)
            {
                quote = quote[(at + known!.Length)..].TrimStart(' ', '-', ':', '\u2013');
            }
        }

        return quote.Trim();
    }

    /// <summary>"When was the Ofsted report published?" asks when something happened, which a programme's slot is not;
    /// "when did it come to committee?" asks for the slot.</summary>
    private static bool AsksWhenSomethingHappened(QueryAnalysis analysis) =>
        analysis.Has(QuestionIntent.When) && !analysis.Has(QuestionIntent.WorkProgramme) && PastTense.In(analysis.Text) && !ToCommittee().IsMatch(analysis.Text);

    /// <summary>Words of an item's coming to a committee: what a programme's slot tells.</summary>
    [GeneratedRegex(@"\b(consider(ed)?|discuss(ed)?|scrutini[sz](e|ed)|debated?|come|came|go|went|brought|taken|presented|reported (to|back)|on the agenda|to (the )?(committee|cttee|board|panel|cabinet))\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToCommittee();
}
