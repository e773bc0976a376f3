using System.Text.Json.Nodes;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Teams.App.Feedback;
using static ScrutinyBot.Teams.App.Cards.AdaptiveCardElements;

namespace ScrutinyBot.Teams.App.Cards;

/// <summary>An answer as a card: the text, numbered citations with the full quote behind a button, the AI label
/// only when a model wrote it, and helpful / not helpful buttons.</summary>
public static class AnswerCardBuilder
{
    public const string FeedbackKey = "feedback";

    private const int MaxAnswerChars = 6_000;
    private const int MaxExcerptChars = 200;
    private const int MaxQuoteChars = 2_500;
    private const int MaxQuestionChars = 500;

    public static JsonObject Build(string question, Answer answer) =>
        CardBudget.Fit(answer.Citations.Count, shown => Build(question, answer, shown));

    private static JsonObject Build(string question, Answer answer, int shown)
    {
        var body = new List<JsonNode>();
        if (answer.AiGenerated)
        {
            body.Add(Text("AI generated", TextStyle.Label));
        }

        body.Add(Text(TextClip.Clip(answer.Text, MaxAnswerChars)));
        if (!string.IsNullOrWhiteSpace(answer.Note))
        {
            body.Add(Text(answer.Note, TextStyle.Subtle));
        }

        if (answer.Citations.Count > 0)
        {
            body.Add(Text(answer.Answered ? "Sources" : "Closest passages", TextStyle.Heading));
            body.AddRange(answer.Citations.Take(shown).Select(CitationBlock));
            if (CardBudget.MoreNote(answer.Citations.Count, shown, "sources") is { } note)
            {
                body.Add(note);
            }
        }

        var clippedQuestion = TextClip.Clip(question, MaxQuestionChars);
        return Card(body,
        [
            Submit("👍 Helpful", new JsonObject { [FeedbackKey] = FeedbackReactions.Helpful, ["question"] = clippedQuestion }),
            Submit("👎 Not helpful", new JsonObject { [FeedbackKey] = FeedbackReactions.NotHelpful, ["question"] = clippedQuestion }),
        ]);
    }

    private static JsonObject CitationBlock(Citation citation)
    {
        var items = new List<JsonNode>
        {
            Text($"[{citation.Number}] {CitationTitle(citation)}", TextStyle.Heading),
            Text(CitationDetails(citation), TextStyle.Subtle),
            Text($"“{TextClip.OneLine(citation.Quote, MaxExcerptChars)}”"),
            ActionSet(CitationActions(citation)),
        };
        return Container(items);
    }

    /// <summary>The full quote, and the paper on the council's site when a source fetched it.</summary>
    private static JsonNode[] CitationActions(Citation citation)
    {
        JsonNode quote = ShowCard($"Full quote [{citation.Number}]", [Text(TextClip.Clip(citation.Quote, MaxQuoteChars))]);
        return Uri.TryCreate(citation.SourceUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? [quote, OpenUrl($"Open paper [{citation.Number}]", url.AbsoluteUri)]
            : [quote];
    }

    public static string CitationTitle(Citation citation) =>
        string.IsNullOrWhiteSpace(citation.Part) || string.Equals(citation.Part, citation.Source, StringComparison.Ordinal)
            ? citation.Source
            : $"{citation.Source} — {TextClip.OneLine(citation.Part, 120)}";

    public static string CitationDetails(Citation citation)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(citation.Committee))
        {
            parts.Add(citation.Committee);
        }

        if (citation.MeetingDate is { } date)
        {
            parts.Add($"meeting {UkDate.Format(date)}");
        }

        parts.Add($"page {citation.Page}");
        return string.Join(" · ", parts);
    }
}
