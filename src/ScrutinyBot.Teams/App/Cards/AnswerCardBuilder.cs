using System.Text.Json.Nodes;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Teams.App.Feedback;
using static ScrutinyBot.Teams.App.Cards.AdaptiveCardElements;

namespace ScrutinyBot.Teams.App.Cards;

/// <summary>An answer as a card: the text, numbered citations with the full quote behind a button, the AI label
/// only when a model wrote it, and helpful / not helpful buttons.</summary>
public static partial class AnswerCardBuilder
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
        ], fallbackText: TextClip.OneLine(answer.Text, 400), speak: TextClip.OneLine(SpokenText(answer.Text), 600));
    }

    private static JsonObject CitationBlock(Citation citation)
    {
        var items = new List<JsonNode>
        {
            Text($"[{citation.Number}] {CitationTitle(citation)}", TextStyle.Heading),
            Text(CitationDetails(citation), TextStyle.Subtle),
            Text($"“{TextClip.OneLine(citation.Quote, MaxExcerptChars)}”"),
        };
        var actions = new List<JsonNode>();
        if (QuoteIsCut(citation))
        {
            actions.Add(ShowCard($"Full quote [{citation.Number}]", [Text(TextClip.Clip(citation.Quote, MaxQuoteChars))]));
        }

        if (PaperLink(citation) is { } link)
        {
            actions.Add(OpenUrl(citation.Paged ? $"Open page {citation.Page}" : "Open paper", link));
        }

        if (actions.Count > 0)
        {
            items.Add(ActionSet([.. actions]));
        }

        return Container(items);
    }

    /// <summary>The paper on the council's site when a source fetched it, else the configured folder link; only http(s).</summary>
    private static string? PaperLink(Citation citation) =>
        Uri.TryCreate(citation.SourceUrl ?? citation.Link, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url.AbsoluteUri
            : null;

    /// <summary>The answer as it should be read aloud: without the [n] citation markers.</summary>
    private static string SpokenText(string text) => CitationMarker().Replace(text, string.Empty);

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\[\d+\]")]
    private static partial System.Text.RegularExpressions.Regex CitationMarker();

    /// <summary>True when the excerpt shown is shorter than the quote, or the quote itself was cut from its passage.</summary>
    public static bool QuoteIsCut(Citation citation) =>
        citation.QuoteCut || TextClip.OneLine(citation.Quote, MaxExcerptChars).Length < TextClip.OneLine(citation.Quote, int.MaxValue).Length;

    /// <summary>The document's human title (its file name only for documents stored before titles were given).</summary>
    public static string CitationTitle(Citation citation) =>
        TextClip.OneLine(string.IsNullOrWhiteSpace(citation.Title) ? citation.Source : citation.Title, 160);

    /// <summary>The section (part and item), the meeting when the title does not already say it, and the page of a
    /// paginated paper: "Minutes, 13 November 2024 — Apologies for Absence · page 4".</summary>
    public static string CitationDetails(Citation citation)
    {
        var title = citation.Title ?? string.Empty;
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(citation.Part) && !string.Equals(citation.Part, citation.Title, StringComparison.Ordinal)
            && !string.Equals(citation.Part, citation.Source, StringComparison.Ordinal))
        {
            parts.Add(TextClip.OneLine(citation.Part, 160));
        }

        if (!string.IsNullOrWhiteSpace(citation.Committee) && !title.Contains(citation.Committee, StringComparison.OrdinalIgnoreCase)
            && !citation.Part.Contains(citation.Committee, StringComparison.OrdinalIgnoreCase))
        {
            parts.Add(citation.Committee);
        }

        if (citation.MeetingDate is { } date && !title.Contains(UkDate.Format(date), StringComparison.Ordinal)
            && !citation.Part.Contains(UkDate.Format(date), StringComparison.Ordinal))
        {
            parts.Add($"meeting {UkDate.Format(date)}");
        }

        if (citation.Paged)
        {
            parts.Add($"page {citation.Page}");
        }

        return string.Join(" · ", parts);
    }
}
