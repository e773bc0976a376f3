using System.Text;
using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.Facts;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Answers about responses to recommendations: which are overdue or due soon (as of today or a date the
/// question gives), when the response to a given recommendation is due, and what it says.</summary>
public sealed partial class ResponseFactAnswers(IFactQueries queries)
{
    private const int DueSoonDays = 31;
    private const int MaxItems = 6;
    private const double StatusCoverage = 0.75;

    /// <summary>Share of the topic words a recommendation's topic and text must hold to count as named.</summary>
    private const double NamedCoverage = 0.6;
    // Includes every word the intent detector reads overdue or due soon from ("past the deadline", "not responded",
    // "heard back", "due soon", "coming up", "upcoming"), so saying it so is not taken for a topic.
    private static readonly string[] ResponseWords =
    [
        "respons", "respond", "recommend", "rec", "overdu", "due", "deadlin", "outstand", "late", "execut", "cabinet", "await", "wait",
        "repl", "list", "which", "still", "past", "heard", "hear", "answer", "soon", "upcom", "coming", "come", "updat", "progress", "news",
    ];

    public Task<Answer?> TryAnswerAsync(QueryAnalysis analysis, FactSet facts, DateOnly asOf, CancellationToken cancellationToken) =>
        TryAnswerAsync(analysis, facts, asOf, FactStems.Uncached, cancellationToken);

    /// <param name="stems">The fact set's cached stems.</param>
    public async Task<Answer?> TryAnswerAsync(QueryAnalysis analysis, FactSet facts, DateOnly asOf, FactStems stems, CancellationToken cancellationToken)
    {
        if (facts.Facts.Recommendations.Count == 0)
        {
            return null;
        }

        var date = analysis.Dates.Select(d => d.ExactDate).FirstOrDefault(d => d is not null) ?? asOf;
        var residual = MeetingVocabulary.Residual(analysis).Where(s => !ShortForms.StartsWithAny(s, ResponseWords)).ToList();

        // "What was the deadline for responses to the recs made at the 13 Nov 2024 meeting?", "by when were responses
        // due on the recs made on 13 Nov?": a day on which recommendations were made names them; "what's due by
        // 3 January?" names no such day and asks what falls due. A month names them when the question says they were
        // made then ("the recs the committee made in Nov 2024"). A word naming no recommendation's topic ("when was
        // the deadline for the service to respond?") does not stop the day from naming them.
        var madeOnADay = analysis.Has(QuestionIntent.Deadline) && (analysis.Dates.Any(d => d.Day is not null) || (analysis.Dates.Count > 0 && MadeThen().IsMatch(analysis.Text)));
        var onTopic = analysis.Has(QuestionIntent.Deadline | QuestionIntent.DueSoon) && residual.Count > 0 ? Deadline(facts, residual, stems, analysis) : null;
        if (madeOnADay && onTopic is null)
        {
            var made = facts.Facts.Recommendations
                .Where(r => r.Deadline is not null && analysis.DateFits(r.MeetingDate))
                .Where(r => analysis.Committee is null || string.Equals(r.Committee, analysis.Committee, StringComparison.OrdinalIgnoreCase))
                .ToList();
            if (made.Count > 0)
            {
                return MeetingDeadlines(made);
            }
        }

        if (analysis.Has(QuestionIntent.Overdue) && residual.Count == 0)
        {
            var overdue = await queries.OverdueAsync(date, analysis.Committee, cancellationToken).ConfigureAwait(false);
            var partial = await queries.AwaitingFullResponseAsync(date, analysis.Committee, cancellationToken).ConfigureAwait(false);
            return Overdue(date, overdue, partial);
        }

        if (analysis.Has(QuestionIntent.DueSoon) && residual.Count == 0)
        {
            var due = await queries.DueSoonAsync(date, DueSoonDays, analysis.Committee, cancellationToken).ConfigureAwait(false);
            return List($"Responses due within {DueSoonDays} days of {FactText.ShortDate(date)}", due, $"No responses are due within {DueSoonDays} days of {FactText.ShortDate(date)}.");
        }

        if (analysis.Has(QuestionIntent.Deadline | QuestionIntent.DueSoon) && residual.Count > 0)
        {
            return onTopic;
        }

        if (analysis.Has(QuestionIntent.Response | QuestionIntent.Outcome) && residual.Count > 0)
        {
            // A looser match would quote one recommendation's response to a question about another.
            var matching = OnTopic(facts, residual, StatusCoverage, stems).Take(3).ToList();
            return NamedResponder.Of(analysis.Text) is { } body && matching.Count > 0 && !matching.Any(r => r.Response is { } text && NamedResponder.IsNamedIn(body, text))
                ? ResponseStatusAnswer.NoReplyFrom(body, matching[0])
                : ResponseStatusAnswer.TryAnswer(matching);
        }

        // "What recommendations came out of the September improvement item?": that item's recommendations, each
        // with what the executive said.
        if (analysis.Has(QuestionIntent.Recommendations) && residual.Count > 0)
        {
            var fromItem = OnTopic(facts, residual, NamedCoverage, stems).Take(MaxItems)
                .Where(r => analysis.DateFits(r.MeetingDate))
                .ToList();
            return ResponseStatusAnswer.TryAnswer(fromItem.Where(r => r.Topic == fromItem.FirstOrDefault()?.Topic).ToList(), responseChars: 160);
        }

        return null;
    }

    [GeneratedRegex(@"\b(made|issued|agreed|raised|put forward|sent)\s+(in|on|at|during)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MadeThen();

    private static List<Recommendation> OnTopic(FactSet facts, IReadOnlyList<string> topic, double minCoverage, FactStems stems) =>
        FactTopics.Matching(facts.Facts.Recommendations, topic, r => $"{r.Topic} {r.Text}", r => r.MeetingDate, minCoverage, stems, facts.Facts.Recommendations);

    /// <summary>The response deadlines of the recommendations on the question's topic. A date the question names is
    /// the meeting that made them or the deadline itself: "after the July 2022 Ofsted report, what deadline did the
    /// council have…" is not about a recommendation made in 2024.</summary>
    private static Answer? Deadline(FactSet facts, IReadOnlyList<string> residual, FactStems stems, QueryAnalysis analysis)
    {
        var best = OnTopic(facts, residual, NamedCoverage, stems).Take(6)
            .Where(r => r.Deadline is not null && (analysis.DateFits(r.MeetingDate) || analysis.DateFits(r.Deadline)))
            .Take(3).ToList();
        if (best.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        var citations = new List<Citation>();
        foreach (var r in best)
        {
            var number = citations.Count + 1;
            text.Append(text.Length == 0 ? string.Empty : "\n")
                .Append($"The response to \"{Short(r.Text)}\" ({r.Committee}, {FactText.ShortDate(r.MeetingDate)}) is due by {FactText.ShortDate(r.Deadline!.Value)}; {Status(r)} [{number}]");
            citations.Add(CitationFactory.FromEvidence(number, r.Evidence, r.MeetingDate, r.Committee));
        }

        return new Answer(true, text.ToString(), citations);
    }

    private static Answer MeetingDeadlines(IReadOnlyList<Recommendation> made)
    {
        var first = made[0];
        var mixed = made.Select(r => r.Committee).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1;
        var deadlines = string.Join(" or ", made.Select(r => r.Deadline!.Value).Distinct().Order().Select(FactText.ShortDate));
        var text = new StringBuilder($"Responses to the {made.Count} recommendation{(made.Count == 1 ? string.Empty : "s")} {(mixed ? "committees" : first.Committee)} made on {FactText.ShortDate(first.MeetingDate)} were due by {deadlines}:");
        var citations = new List<Citation>();
        foreach (var r in made.Take(MaxItems))
        {
            var number = citations.Count + 1;
            text.Append($"\n- {Short(r.Text)} ({(mixed ? r.Committee + "; " : string.Empty)}due {FactText.ShortDate(r.Deadline!.Value)}; {Status(r)}) [{number}]");
            citations.Add(CitationFactory.FromEvidence(number, r.Evidence, r.MeetingDate, r.Committee));
        }

        return new Answer(true, text.ToString(), citations);
    }

    /// <summary>Overdue (no response) and awaiting a full response (a partial reply), as two lists: the meaning
    /// commands and digests use (<see cref="ResponseDeadlines"/>).</summary>
    private static Answer Overdue(DateOnly date, IReadOnlyList<Recommendation> overdue, IReadOnlyList<Recommendation> partial)
    {
        if (overdue.Count == 0 && partial.Count == 0)
        {
            return new Answer(true, $"No responses are overdue as of {FactText.ShortDate(date)}.", []);
        }

        var text = new StringBuilder($"As of {FactText.ShortDate(date)}: {ResponseDeadlines.Summary(overdue.Count, partial.Count)}.");
        var citations = new List<Citation>();
        AppendItems(text, citations, ResponseDeadlines.OverdueHeading, overdue);
        AppendItems(text, citations, ResponseDeadlines.AwaitingHeading, partial);
        return new Answer(true, text.ToString(), citations);
    }

    private static void AppendItems(StringBuilder text, List<Citation> citations, string heading, IReadOnlyList<Recommendation> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        text.Append($"\n{heading}: {items.Count}.");
        foreach (var r in items.Take(MaxItems))
        {
            var number = citations.Count + 1;
            text.Append($"\n- {Short(r.Text)} ({r.Committee}, {FactText.ShortDate(r.MeetingDate)}; deadline {(r.Deadline is { } d ? FactText.ShortDate(d) : "not given")}; {Status(r)}) [{number}]");
            citations.Add(CitationFactory.FromEvidence(number, r.Evidence, r.MeetingDate, r.Committee));
        }
    }

    private static Answer List(string heading, IReadOnlyList<Recommendation> items, string none)
    {
        if (items.Count == 0)
        {
            return new Answer(true, none, []);
        }

        var text = new StringBuilder($"{heading}: {items.Count}.");
        var citations = new List<Citation>();
        foreach (var r in items.Take(MaxItems))
        {
            var number = citations.Count + 1;
            text.Append($"\n- {Short(r.Text)} ({r.Committee}, {FactText.ShortDate(r.MeetingDate)}; deadline {(r.Deadline is { } d ? FactText.ShortDate(d) : "not given")}; {Status(r)}) [{number}]");
            citations.Add(CitationFactory.FromEvidence(number, r.Evidence, r.MeetingDate, r.Committee));
        }

        return new Answer(true, text.ToString(), citations);
    }

    private static string Status(Recommendation r) => r.ResponseStatus switch
    {
        ResponseStatus.Responded => "responded" + (r.Response is null ? string.Empty : $": {Short(r.Response)}"),
        ResponseStatus.Partial => "partial response" + (r.Response is null ? string.Empty : $": {Short(r.Response)}"),
        _ => "no response yet",
    };

    private static string Short(string text) => FactText.Clip(text, 160);
}
