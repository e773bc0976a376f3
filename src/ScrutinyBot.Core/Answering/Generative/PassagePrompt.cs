using System.Globalization;
using System.Net;
using System.Text;
using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Answering.Generative;

/// <summary>Writes the user message: the passages as delimited, escaped data, then the question. Document text cannot
/// close its delimiter or open a new one (angle brackets are escaped), so it stays data.</summary>
public static class PassagePrompt
{
    public const string DeclineMarker = "NOT_IN_PAPERS";

    public static string Build(string question, IReadOnlyList<ScoredPassage> passages)
    {
        var text = new StringBuilder("<passages>\n");
        for (var i = 0; i < passages.Count; i++)
        {
            var chunk = passages[i].Hit.Chunk;
            var date = chunk.MeetingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";
            text.Append(CultureInfo.InvariantCulture, $"<passage number=\"{i + 1}\" source=\"{Escape(chunk.Source)}\" part=\"{Escape(CitationFactory.PartName(chunk))}\" page=\"{chunk.Page}\" meeting=\"{date}\" committee=\"{Escape(chunk.Committee ?? "unknown")}\">\n")
                .Append(Escape(chunk.Text))
                .Append("\n</passage>\n");
        }

        text.Append("</passages>\n\n")
            .Append("Question (answer it from the passages above only, citing passage numbers): ")
            .Append(Escape(question));
        return text.ToString();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
