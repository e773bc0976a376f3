using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Blocks;

namespace ScrutinyBot.Core.Extraction.Resolutions;

/// <summary>
/// Reads the decisions a minute records in so many words (see <see cref="DecisionTrigger"/>): the words after the
/// trigger, running across line and page breaks; the list that follows a stem, one decision per item; decisions
/// lettered inside one paragraph ("RESOLVED – (a) that …; (b) that …"), one each; and "it was agreed that …" or
/// "the Committee resolved to …" inside a sentence.
/// </summary>
internal static partial class ResolvedBlockReader
{
    public static IReadOnlyList<ResolvedText> Read(IReadOnlyList<Block> blocks)
    {
        var found = new List<ResolvedText>();
        for (var k = 0; k < blocks.Count; k++)
        {
            var block = blocks[k];
            if (!DecisionTrigger.TryMatch(block.Text, out var reference, out var rest))
            {
                if (block.Kind == BlockKind.Paragraph && EndsWithAStem(block) && DecisionList.StartsAt(blocks, k + 1, block.Text))
                {
                    // "8.4 The Committee RESOLVED to:" over a numbered list: one decision per item.
                    k = DecisionList.Read(blocks, k + 1, null, block.Text, found) - 1;
                }
                else if (block.Kind == BlockKind.Paragraph && LeadsDecisions(block) && DecisionList.StartsAt(blocks, k + 1, block.Text))
                {
                    // "The Committee noted the annual report and made the following recommendations to the Cabinet:":
                    // the noting is a decision, and so is each item of the list below.
                    found.AddRange(InSentence(block));
                    k = DecisionList.Read(blocks, k + 1, null, block.Text, found) - 1;
                }
                else if (block.Kind == BlockKind.Paragraph)
                {
                    found.AddRange(InSentence(block));
                }

                continue;
            }

            // A stem ("RESOLVED that:") or a heading alone ("Outcome:", "Decision") over a list: one decision per item.
            if ((DecisionText.IsStem(rest) || rest.Length == 0) && DecisionList.StartsAt(blocks, k + 1, rest))
            {
                if (DecisionText.DecidesOverItsList(rest))
                {
                    found.Add(new ResolvedText(DecisionText.Clean(rest), reference, blocks[k].FirstLine));
                }

                // "RECOMMENDED to Cabinet that:" (Canterbury): the decision's word says the items are recommended.
                var lead = rest.StartsWith("to ", StringComparison.OrdinalIgnoreCase) && DecisionTrigger.OpensWithDecisionWord(blocks[k].Text) ? blocks[k].Text : rest;
                k = DecisionList.Read(blocks, k + 1, reference, lead, found) - 1;
                continue;
            }

            if (rest.Length == 0 && k + 1 < blocks.Count && blocks[k + 1].Marker is null && !DecisionTrigger.TryMatch(blocks[k + 1].Text, out _, out _))
            {
                k++;
                rest = blocks[k].Text;
                if (DecisionText.IsStem(rest) && DecisionList.StartsAt(blocks, k + 1, rest))
                {
                    k = DecisionList.Read(blocks, k + 1, reference, rest, found) - 1;
                    continue;
                }
            }

            if (AddressedItems().Match(rest) is { Success: true } addressed && ContinuedByItems(blocks, k, rest[addressed.Length..]) is { } addressedFirst)
            {
                // "RECOMMENDED TO CABINET – (1) That …" with "(2) …" set out below it: each item is recommended to the
                // body the stem names, so the stem stays with each.
                var lead = blocks[k].Text[..Math.Max(0, blocks[k].Text.LastIndexOf(rest[addressed.Length..], StringComparison.Ordinal))].Trim();
                found.Add(new ResolvedText(DecisionText.Clean(addressedFirst), reference, blocks[k].FirstLine, lead));
                k = DecisionList.Read(blocks, k + 1, reference, lead, found) - 1;
                continue;
            }

            if (rest.StartsWith("to ", StringComparison.OrdinalIgnoreCase) && DecisionTrigger.OpensWithDecisionWord(blocks[k].Text))
            {
                rest = blocks[k].Text;
            }

            if (ContinuedByItems(blocks, k, rest) is { } first)
            {
                // "RESOLVED: THAT (1) the report be noted;" then "(2) …" set out below it: one decision per item.
                found.Add(new ResolvedText(DecisionText.Clean(first), reference, blocks[k].FirstLine));
                k = DecisionList.Read(blocks, k + 1, reference, null, found) - 1;
                continue;
            }

            if (rest.Length > 0)
            {
                found.AddRange(Lettered(rest).Select(text => new ResolvedText(DecisionText.Clean(text), reference, blocks[k].FirstLine)));
            }
        }

        return found;
    }

    /// <summary>"TO CABINET –" between the decision's word and its first item: whom the items are addressed to.</summary>
    [GeneratedRegex(@"^\s*(?i:to)\s+(?:the\s+)?[A-Z][\w '’&,-]{1,60}?\s*[:\-–—]\s*(?=\(?1[.)]\s)")]
    private static partial Regex AddressedItems();

    /// <summary>The words of the first item when the decision's words open a list ("(1) the report be noted;") that the
    /// blocks below carry on ("(2) …"); null otherwise.</summary>
    private static string? ContinuedByItems(IReadOnlyList<Block> blocks, int k, string rest) =>
        k + 1 < blocks.Count && blocks[k + 1].Marker is { } next
            && ListMarker.TryRead(rest, out var marker, out var item) && marker!.StartsList && next.Follows(marker)
            ? item
            : null;

    /// <summary>Splits "(a) that X; (b) that Y" written in one paragraph into its decisions, when its markers run in sequence from the first.</summary>
    private static IEnumerable<string> Lettered(string text)
    {
        var marks = InlineMarker().Matches(text).ToList();
        var sequence = new List<Match>();
        foreach (var m in marks)
        {
            var value = m.Groups["m"].Value.ToLowerInvariant();
            if (sequence.Count == 0 ? value is "a" or "1" or "i" : value == Next(sequence[0].Groups["m"].Value.ToLowerInvariant(), sequence.Count))
            {
                sequence.Add(m);
            }
        }

        if (sequence.Count < 2)
        {
            yield return text;
            yield break;
        }

        var stem = text[..sequence[0].Index].Trim().TrimEnd(':', '-', '–').Trim();
        for (var i = 0; i < sequence.Count; i++)
        {
            var start = sequence[i].Index + sequence[i].Length;
            var end = i + 1 < sequence.Count ? sequence[i + 1].Index : text.Length;
            var part = text[start..end].Trim();
            yield return DecisionText.IsStem(stem) ? part : $"{stem} {part}";
        }
    }

    /// <summary>The marker at <paramref name="position"/> (from 0) of an inline list that starts with <paramref name="first"/>.</summary>
    private static string Next(string first, int position) => first switch
    {
        "1" => (position + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "i" => position < Roman.Length ? Roman[position] : string.Empty,
        _ => ((char)('a' + position)).ToString(),
    };

    private static readonly string[] Roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

    /// <summary>A decision inside a sentence: "it was agreed that …", "the Committee resolved to …", "The meeting resolved
    /// that in terms of Section 50A …" (Moray), or a shouted
    /// "RESOLVED that …" after the proposer and seconder ("Proposed Cllr A, seconded Cllr B and RESOLVED to …").</summary>
    private static IEnumerable<ResolvedText> InSentence(Block block)
    {
        var shouted = ShoutedInSentence().Match(block.Text);
        var matches = shouted.Success ? [shouted] : AgreedInSentence().Matches(block.Text).ToList();
        if (matches.Count == 0 && NotedAsDecided().Match(block.Text) is { Success: true } noted)
        {
            matches = [noted];
        }

        return matches
            .Where(m => !m.Value.Contains("amendment", StringComparison.OrdinalIgnoreCase))
            .Select(m => new ResolvedText(DecisionText.Clean(m.Groups["text"].Value), null, block.FirstLine));
    }

    /// <summary>True when the paragraph's decision inside a sentence is only its stem ("The Committee RESOLVED to:").</summary>
    private static bool EndsWithAStem(Block block)
    {
        var shouted = ShoutedInSentence().Match(block.Text);
        var match = shouted.Success ? shouted : AgreedInSentence().Matches(block.Text).LastOrDefault();
        return (match is not null && match.Index + match.Length >= block.Text.TrimEnd().Length && DecisionText.EndsInColon(block.Text))
            || ConsideredBy().IsMatch(block.Text.Trim()) || BodyAgreedOver().IsMatch(block.Text.Trim()) || BodyAlone(block.Text.Trim());
    }

    /// <summary>"The Scrutiny Committee - Climate and Place:" alone over its bulleted decisions ("- Noted the update …",
    /// "- Recommended to the Executive that …"), as Somerset minutes them: the body's name is the stem.</summary>
    private static bool BodyAlone(string text) =>
        text.StartsWith("The ", StringComparison.Ordinal) && text.EndsWith(':') && Text.CouncilNames.IsBodyName(text[4..^1].Trim());

    /// <summary>True when a paragraph records a decision in a sentence and ends by introducing decisions listed below it
    /// ("… and made the following recommendations to the Cabinet:", "… and agreed the following actions:"), or
    /// introduces the committee's recommendations to the executive ("The Select Committee recommends that the
    /// Cabinet:").</summary>
    private static bool LeadsDecisions(Block block)
    {
        var text = block.Text.TrimEnd();
        return DecisionText.EndsInColon(text) && ((DecisionsFollow().IsMatch(text) && InSentence(block).Any()) || Recommendations.ExecutiveAddressee.Recommends(text));
    }

    [GeneratedRegex(@"\b(?:recommendations?|recommended|actions|decisions|agreed|resolved|decided)\b[^.:]{0,80}:\s?[-–]?$", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionsFollow();

    /// <summary>"After consideration, the committee", "Following discussion, the Committee agreed:" or "Thereafter, the
    /// Committee:" (Highland) alone over its numbered decisions ("(1) noted the report; and").</summary>
    [GeneratedRegex(@"^(?:\d{1,3}\s+)?(?:(?:after|following)\s+(?:consideration|discussion|debate)\b[^,.]{0,40}|thereafter),\s*the\s+(?:committee|board|panel|sub-committee|forum|commission)(?:\s+(?:agreed|resolved|decided))?\s*[:\-–]?$", RegexOptions.IgnoreCase)]
    private static partial Regex ConsideredBy();

    /// <summary>A paragraph ending "the Committee agreed:-" over its numbered decisions, whatever leads to it ("The
    /// motion was carried and the Committee agreed:-") and with the terms it agreed in ("the Committee agreed, in terms
    /// of Section 149 of the Equality Act 2010:-"), as Scottish minutes write it.</summary>
    [GeneratedRegex(@"\bthe\s+(?:committee|board|panel|sub-committee|forum|commission|council|cabinet)\s+(?:further\s+|also\s+|unanimously\s+|then\s+)?(?:agreed|resolved|decided)(?:,\s+[^,:.]{3,90},?)?\s*:\s*[-–]?$", RegexOptions.IgnoreCase)]
    private static partial Regex BodyAgreedOver();

    [GeneratedRegex(@"(?:^|[\s:;–-])\((?<m>[a-z]|[ivx]{1,4}|\d{1,2})\)\s")]
    private static partial Regex InlineMarker();

    [GeneratedRegex(@"\b(?:RESOLVED|AGREED|DECIDED)\b(?:\s+(?i:unanimously))?\s*(?:[:\-–]\s*)?(?i:that\s+)?(?<text>\S[^.]*(?:\.|$))")]
    private static partial Regex ShoutedInSentence();

    /// <summary>How Scottish, Welsh and Northern Irish minutes record a decision, opening the item's paragraph: "After
    /// consideration, the committee noted the report and requested that …", "The Committee noted the update and agreed
    /// …", "Thereafter, the Committee agreed the work plan, subject to …" (Moray), "The minutes of 27th November 2024 were submitted and approved." (after the item's number in the margin).
    /// Noting that something happened ("the Committee noted that …") is discussion, not a decision.</summary>
    [GeneratedRegex(@"^(?:\d{1,3}\s+)?(?:(?:after|following)\s+(?:consideration|discussion|debate)\b[^,.]{0,40},\s*|accordingly,?\s+|thereafter,?\s+)?(?<text>the\s+(?:committee|board|panel|sub-committee|forum|commission)\s+(?:noted|approved|endorsed|agreed)\s+(?!that\b|to\b|with\b|on\b|not\b)[^.]*(?:\.|$)|the\s+minutes?\s+of\s+[^.]{3,120}?\s+(?:were|was)\s+(?:\w+\s+and\s+)?(?:approved|agreed|confirmed)\b[^.]*(?:\.|$))", RegexOptions.IgnoreCase)]
    private static partial Regex NotedAsDecided();

    [GeneratedRegex(@"(?<text>\b(?:it\s+was|the\s+(?:committee|board|panel|sub-committee|council|cabinet|forum|commission|meeting))\s+(?:further\s+|also\s+|unanimously\s+|therefore\s+)?(?:resolved|agreed|decided)(?:,\s+[^,:.]{3,60},)?\s+(?:that|to|not\s+to)\b[^.]*(?:\.|$))", RegexOptions.IgnoreCase)]
    private static partial Regex AgreedInSentence();
}
