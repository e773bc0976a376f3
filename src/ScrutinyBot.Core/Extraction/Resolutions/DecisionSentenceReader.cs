using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Blocks;

namespace ScrutinyBot.Core.Extraction.Resolutions;

/// <summary>
/// Reads decisions minuted in prose where no "RESOLVED" is written: "The Committee confirmed the Minutes of the
/// meeting held on ...", "The Committee noted the Work Programme.", "Committee members noted ... and decided to ...",
/// "The minutes of the last meeting ... were confirmed and signed", "The forward plan was noted.",
/// "Cllr. Parker was unanimously elected Chairman".
/// Numbered or lettered discussion points are not decisions.
/// </summary>
internal static partial class DecisionSentenceReader
{
    public static IReadOnlyList<ResolvedText> Read(IReadOnlyList<Block> blocks)
    {
        var found = new List<ResolvedText>();
        foreach (var block in blocks.Where(b => b.Kind is BlockKind.Paragraph or BlockKind.Heading))
        {
            foreach (var sentence in SentenceBreak().Split(DecisionText.WithoutParagraphNumber(block.Text)))
            {
                var s = sentence.Trim();
                if (BodyDecides().IsMatch(s) || PassiveDecision().IsMatch(s) || MinutesConfirmed().IsMatch(s) || Elected().IsMatch(s) || AsARecord().IsMatch(s))
                {
                    found.Add(new ResolvedText(s, null, block.FirstLine));
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"(?<=[.!?])(?<!\b(?:Cllrs?|Mrs?|Ms|Dr|Coun|[A-Z])\.)\s+(?=[A-Z])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"^(?:The\s+)?(?:Committee|Board|Panel|Sub-Committee|Cabinet|Commission|Forum|Partnership|Members|Committee\s+members|Board\s+members|(?:Parish\s+|Town\s+|Full\s+|County\s+|City\s+)?Council|Councillors)\s+(?:also\s+|then\s+|unanimously\s+|formally\s+)?(?:noted|agreed|confirmed|resolved|decided|approved|endorsed|recommended|requested|accepted|supported|notes|agrees|confirms|resolves|decides|approves?|endorses|recommends|requests|accepts|supports)\s+(?!that\b)")]
    private static partial Regex BodyDecides();

    [GeneratedRegex(@"^The\s+(?:[\w'’-]+\s+){1,6}(?:was|were)\s+(?:formally\s+|unanimously\s+)?(?:noted|agreed|approved|endorsed|confirmed|accepted)\b")]
    private static partial Regex PassiveDecision();

    [GeneratedRegex(@"^(?:Cllrs?\.?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\s+[A-Z][\w.'’ -]{0,40}?\s+(?:was|were)\s+(?:duly\s+|unanimously\s+)*(?:re-)?(?:elected|appointed)\b")]
    private static partial Regex Elected();

    [GeneratedRegex(@"^The\s+minutes\b.*\b(?:confirmed|approved|agreed|signed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesConfirmed();

    /// <summary>Minutes approved in any word order, as Scottish minutes write it: "There had been circulated and was
    /// approved as a correct record the Minute of Meeting of …".</summary>
    [GeneratedRegex(@"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:approved|confirmed|agreed|signed)\s+as\s+(?:a|an)\s+(?:correct|true|accurate)\s+record\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsARecord();
}
