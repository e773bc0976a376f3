using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Tests.Ingestion.Readers.Agreement;

/// <summary>How many of pdftotext's words on a page our reader reads, in the same order, as a share of pdftotext's
/// words. pdftotext has two reading orders and tables and columns legitimately differ between them: its default
/// (flow) order, compared block by block (each blank-line separated block's words must appear in order in our
/// page), and its -layout (row) order, compared over the whole page. The page's figure is the better of the two.
/// A lone "o" opening a line is a bullet (Word's second-level bullet), not a word: pdftotext keeps it, we print "•".</summary>
internal static partial class PageAgreement
{
    public static (double Score, int Words) Of(string flow, string layout, string ours)
    {
        (flow, layout) = (OBullet().Replace(flow, string.Empty), OBullet().Replace(layout, string.Empty));
        var ourWords = WordTokens.Of(ours);
        var blocks = flow.Split("\n\n").Select(WordTokens.Of).Where(b => b.Count > 0).ToList();
        var words = blocks.Sum(b => b.Count);
        if (words == 0)
        {
            return (1, 0);
        }

        var inFlow = blocks.Sum(b => CommonSubsequence.Length(b, ourWords));
        var inLayout = Math.Min(words, CommonSubsequence.Length(WordTokens.Of(layout), ourWords));
        return ((double)Math.Max(inFlow, inLayout) / words, words);
    }

    [GeneratedRegex(@"(?m)^[ \t]*o(?=[ \t]|$)")]
    private static partial Regex OBullet();
}
