using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Answering.Generative;

/// <summary>Writes the user message: the passages (and the quotes extracted facts rest on) as delimited, escaped data,
/// the facts' own answer, then the question. Document text cannot
/// close its delimiter or open a new one (angle brackets are escaped), so it stays data.</summary>
public static partial class PassagePrompt
{
    public const string DeclineMarker = "NOT_IN_PAPERS";

    /// <param name="factsAnswer">The facts' own answer, its [k] references renumbered to the fact quotes' numbers.</param>
    public static string Build(string question, PromptEvidence evidence, string? factsAnswer = null)
    {
        var passages = evidence.Passages;
        var text = new StringBuilder("<passages>\n");
        for (var i = 0; i < passages.Count; i++)
        {
            var chunk = passages[i].Hit.Chunk;
            var date = chunk.MeetingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";
            text.Append(CultureInfo.InvariantCulture, $"<passage number=\"{i + 1}\" source=\"{Escape(chunk.Source)}\" part=\"{Escape(CitationFactory.PartName(chunk))}\" page=\"{chunk.Page}\" meeting=\"{date}\" committee=\"{Escape(chunk.Committee ?? "unknown")}\">\n")
                .Append(Escape(chunk.Text))
                .Append("\n</passage>\n");
        }

        for (var i = 0; i < evidence.Facts.Count; i++)
        {
            var fact = evidence.Facts[i];
            var date = fact.MeetingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown";
            text.Append(CultureInfo.InvariantCulture, $"<passage number=\"{evidence.FactNumber(i)}\" kind=\"extracted fact\" source=\"{Escape(fact.Source)}\" part=\"{Escape(fact.Part)}\" page=\"{fact.Page}\" meeting=\"{date}\" committee=\"{Escape(fact.Committee ?? "unknown")}\">\n")
                .Append(Escape(fact.Quote))
                .Append("\n</passage>\n");
        }

        text.Append("</passages>\n\n");
        if (factsAnswer is not null && evidence.Facts.Count > 0)
        {
            var renumbered = FactReference().Replace(factsAnswer, m => $"[{evidence.FactNumber(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) - 1)}]");
            text.Append("<facts>\nRead from the papers' tables and headings (cite the passage numbers given):\n")
                .Append(Escape(renumbered))
                .Append("\n</facts>\n\n");
        }

        text.Append("Question (answer it from the passages above only, citing passage numbers): ")
            .Append(Escape(question));
        return text.ToString();
    }

    [GeneratedRegex(@"\[(?<n>\d{1,3})\]")]
    private static partial Regex FactReference();

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
