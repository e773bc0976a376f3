using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Resolutions;

/// <summary>The words of a decision as a reader wants them: quotes and vote records off, a capital first.</summary>
internal static partial class DecisionText
{
    public static string Clean(string text)
    {
        var result = VoteRecord.Strip(WithoutParagraphNumber(text).Trim('"', '“', '”').Trim());
        return result.Length > 0 && char.IsLower(result[0]) ? char.ToUpperInvariant(result[0]) + result[1..] : result;
    }

    /// <summary>The text without the number of the paragraph it opens ("3.5 The Committee noted …", "35.1  Resolved -
    /// That …"): the minute's layout, not the decision's words.</summary>
    public static string WithoutParagraphNumber(string text) => ParagraphNumber().Replace(text.Trim(), string.Empty);

    /// <summary>Whether a stem introduces a list rather than stating the decision: nothing, or words ending in a colon
    /// or "the following", or a subject without a verb ("that Cabinet", "that the County Council"), or a bare "to" over
    /// its list ("RESOLVED to / (1) approve the scope …").</summary>
    public static bool IsStem(string rest)
    {
        var text = rest.Trim().TrimEnd('"', '”', '-', '–').Trim();
        // "Resolved: That;" over "i. The report be noted." sets its list off with a semicolon.
        if (text.Length == 0 || EndsInColon(text) || text == ";" || text.EndsWith("following", StringComparison.OrdinalIgnoreCase)
            || text.EndsWith("as follows", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 4 && !text.EndsWith('.') && words.All(w => char.IsUpper(w[0]) || w is "the" or "that" or "to" or "and" or "of");
    }

    /// <summary>Whether a stem over a list is a decision of its own: "that the Chair write to the Cabinet Member
    /// reflecting the Committee's discussion, including the views that:" decides the letter, and the list what it says;
    /// "that the following recommendations be made to Cabinet:" only leads into its list.</summary>
    public static bool DecidesOverItsList(string stem)
    {
        var text = stem.Trim();
        return text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinOwnDecisionWords && !IntroducesOnly().IsMatch(text);
    }

    private const int MinOwnDecisionWords = 8;

    [GeneratedRegex(@"\b(?:following|as follows|below|these|the\s+(?:recommendations?|actions?|decisions?|resolutions?|points?|comments?)\s+(?:set out|listed|detailed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex IntroducesOnly();

    /// <summary>Whether words end by introducing what follows: a colon, or a colon and dash (":-"), or a colon and the
    /// "That" every item below goes on from ("RESOLVED to RECOMMEND to the CABINET: That" over "1. The contract be …").</summary>
    public static bool EndsInColon(string text) =>
        text.TrimEnd().TrimEnd('-', '–').TrimEnd().EndsWith(':') || ColonThat().IsMatch(text.TrimEnd());

    [GeneratedRegex(@":\s*that$", RegexOptions.IgnoreCase)]
    private static partial Regex ColonThat();

    [GeneratedRegex(@"^\d{1,3}\.\d{1,3}[a-z]?\s+(?=[A-Z])")]
    private static partial Regex ParagraphNumber();
}
