using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Blocks;

namespace ScrutinyBot.Core.Extraction.Resolutions;

/// <summary>
/// Reads decisions minuted as a proposal and its outcome: "Mr X proposed, and Mr Y seconded, that the Council … /
/// Agreed unanimously.", "Proposed by Cllr A, seconded by Cllr B, that … All in favour.", "The Chairman proposed that
/// Council resolve to … and it was agreed". A proposal that is lost, that is an amendment, or whose decision the
/// minutes go on to record with "RESOLVED" (read there instead) gives nothing here.
/// </summary>
internal static partial class CarriedProposalReader
{
    private const int Lookahead = 40;

    public static IReadOnlyList<ResolvedText> Read(IReadOnlyList<Block> blocks)
    {
        var found = new List<ResolvedText>();
        for (var k = 0; k < blocks.Count; k++)
        {
            var proposal = Proposal().Match(blocks[k].Text);
            if (!proposal.Success || proposal.Groups["mid"].Value.Contains("amendment", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var text = proposal.Groups["text"].Value;
            var inline = InlineOutcome().Match(text);
            if (inline.Success)
            {
                if (inline.Groups["lost"].Success)
                {
                    continue;
                }

                var end = inline.Index + (text[inline.Index] == '.' ? 1 : 0);
                found.Add(new ResolvedText(DecisionText.Clean(text[..end]), null, blocks[k].FirstLine));
                continue;
            }

            if (Outcome(blocks, k + 1) == true)
            {
                found.Add(new ResolvedText(DecisionText.Clean(text), null, blocks[k].FirstLine));
            }
        }

        return found;
    }

    /// <summary>True when the proposal was carried and no "RESOLVED" restates it; false when lost or restated; null when no outcome is recorded.</summary>
    private static bool? Outcome(IReadOnlyList<Block> blocks, int start)
    {
        for (var j = start; j < blocks.Count && j < start + Lookahead; j++)
        {
            var text = blocks[j].Text;
            if (Proposal().IsMatch(text) || DecisionTrigger.TryMatch(text, out _, out _))
            {
                return DecisionTrigger.TryMatch(text, out _, out _) ? false : null;
            }

            if (Lost().IsMatch(text))
            {
                return false;
            }

            if (Carried().IsMatch(text))
            {
                for (var r = j + 1; r < blocks.Count && r <= j + 2; r++)
                {
                    if (DecisionTrigger.TryMatch(blocks[r].Text, out _, out _))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\b[Pp]roposed\b(?<mid>(?:[^.]|\.(?<=\b(?:Cllr|Cllrs|Councillor|Coun|Mr|Mrs|Ms|Dr|[A-Z])\.)){0,160}?)\bthat\b\s*[:,]?\s*(?<text>\S.*)$")]
    private static partial Regex Proposal();

    [GeneratedRegex(@"(?:[,;.]?\s+and\s+it\s+was\s+(?:(?:unanimously\s+)?(?:agreed|carried)|(?<lost>lost|defeated))|[,;.]\s*(?:this\s+was\s+|which\s+was\s+|the\s+motion\s+was\s+)?(?:(?:carried|agreed)|(?<lost>lost|defeated|fell))\b|[.;]\s*all\s+(?:agreed|in\s+favour)).*$", RegexOptions.IgnoreCase)]
    private static partial Regex InlineOutcome();

    [GeneratedRegex(@"^(?:(?:The\s+)?(?:Substantive\s+)?Motion\s+(?:was\s+)?(?:carried|agreed)|Agreed|Carried|All\s+(?:agreed|in\s+favour)|(?:This|Which)\s+was\s+(?:carried|agreed)|(?:On\s+being\s+put\s+to\s+the\s+vote,?\s+)?the\s+(?:motion|proposal)\s+was\s+(?:carried|agreed))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Carried();

    [GeneratedRegex(@"^(?:(?:The\s+)?(?:Substantive\s+)?(?:Motion|Amendment|Proposal)\s+(?:was\s+)?(?:lost|fell|defeated|withdrawn|not\s+carried)|Lost|Fell|Not\s+carried)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Lost();
}
