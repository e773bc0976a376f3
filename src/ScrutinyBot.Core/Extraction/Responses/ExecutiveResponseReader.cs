using System.Text.RegularExpressions;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction.Blocks;
using ScrutinyBot.Core.Extraction.Trackers;

namespace ScrutinyBot.Core.Extraction.Responses;

/// <summary>
/// Reads the executive's response to scrutiny recommendations where it is a report of its own rather than a tracker
/// ("Cabinet response to the recommendations of the … Scrutiny Review", "Executive Response to Scrutiny"): a table
/// row whose cells hold a recommendation and its verdict (Accepted, Partially accepted, Not accepted, Noted …), or a
/// "Recommendation 3: …" paragraph followed by "Response: …" / "Cabinet response: Accepted …".
/// </summary>
internal static partial class ExecutiveResponseReader
{
    private const int TitleLines = 15;

    public static bool IsResponseReport(PartContext context) =>
        context.Part.Kind is PartKind.Report or PartKind.Appendix or PartKind.Other or PartKind.FrontSheet
        && context.Lines.Take(TitleLines).Any(l => ResponseTitle().IsMatch(l.Plain));

    public static IReadOnlyList<Recommendation> Read(PartContext context)
    {
        if (context.MeetingDate is not { } meeting || !IsResponseReport(context))
        {
            return [];
        }

        var blocks = BlockReader.Read(context.Lines);
        var found = new List<Recommendation>();
        for (var k = 0; k < blocks.Count; k++)
        {
            var (text, number, response, line) = blocks[k].Kind == BlockKind.TableRow ? FromRow(blocks[k]) : FromLabels(blocks, ref k);
            if (text is null || response is null)
            {
                continue;
            }

            found.Add(new Recommendation(
                context.Source, context.Committee, meeting, null, number, text, "R", null, null,
                ResponseClassifier.Classify(response), response, context.EvidenceAt(line, text)));
        }

        return found;
    }

    /// <summary>A row with a verdict cell: the recommendation is its longest other cell, the response the verdict and the rest.</summary>
    private static (string? Text, string? Number, string? Response, int Line) FromRow(Block row)
    {
        var cells = row.Text.Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        var verdict = cells.FindIndex(c => Verdict().IsMatch(c));
        if (verdict < 0)
        {
            return (null, null, null, row.FirstLine);
        }

        var others = cells.Where((_, i) => i != verdict).ToList();
        var number = others.FirstOrDefault(c => RowNumber().IsMatch(c));
        var text = others.Where(c => c != number).OrderByDescending(c => c.Length).FirstOrDefault();
        if (text is null || text.Split(' ').Length < 5)
        {
            return (null, null, null, row.FirstLine);
        }

        var rest = others.Where(c => c != number && c != text);
        return (text, number?.TrimEnd('.', ')'), string.Join(' ', rest.Prepend(cells[verdict])), row.FirstLine);
    }

    /// <summary>"Recommendation 3: …" followed within two blocks by "Response: …" (or a verdict); the block index moves past the response.</summary>
    private static (string? Text, string? Number, string? Response, int Line) FromLabels(IReadOnlyList<Block> blocks, ref int k)
    {
        var label = RecommendationLabel().Match(blocks[k].Text);
        if (!label.Success)
        {
            return (null, null, null, blocks[k].FirstLine);
        }

        var start = k;
        var text = label.Groups["text"].Value.Trim();
        var next = k + 1;
        if (text.Length == 0 && next < blocks.Count)
        {
            text = blocks[next].Text;
            next++;
        }

        for (var j = next; j < blocks.Count && j <= next + 1; j++)
        {
            var response = ResponseLabel().Match(blocks[j].Text);
            if (!response.Success && !Verdict().IsMatch(blocks[j].Text))
            {
                continue;
            }

            var words = response.Success ? response.Groups["text"].Value.Trim() : blocks[j].Text;
            if (words.Length == 0 && j + 1 < blocks.Count)
            {
                words = blocks[++j].Text;
            }

            k = j;
            return (text, label.Groups["n"].Value, words, blocks[start].FirstLine);
        }

        return (null, null, null, blocks[start].FirstLine);
    }

    [GeneratedRegex(@"\b(?:executive|cabinet|council|mayor'?s?|leader'?s?)(?:'s)?\s+response\b|\bresponse\s+to\s+(?:the\s+)?(?:\w+\s+){0,6}(?:scrutiny|recommendations?|call[- ]in)\b|\bscrutiny\s+recommendations?\s*[-–:]\s*(?:executive\s+)?response", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseTitle();

    [GeneratedRegex(@"^(?:accepted|agreed|not\s+accepted|not\s+agreed|rejected|declined|noted|partially\s+(?:accepted|agreed)|partly\s+(?:accepted|agreed)|accepted\s+in\s+part|agreed\s+in\s+part|accepted\s+in\s+principle|agreed\s+in\s+principle)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verdict();

    [GeneratedRegex(@"^(?:R|Rec\.?\s*)?\d{1,2}[.)]?$", RegexOptions.IgnoreCase)]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"^(?:Recommendation|Rec\.?)\s+(?<n>\d{1,2})\s*[:.\-–]?\s*(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex RecommendationLabel();

    [GeneratedRegex(@"^(?:(?:Executive|Cabinet|Council|Mayor'?s?|Leader'?s?|Portfolio\s+Holder'?s?|Officer)\s+)?Response\s*[:\-–]\s*(?<text>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ResponseLabel();
}
