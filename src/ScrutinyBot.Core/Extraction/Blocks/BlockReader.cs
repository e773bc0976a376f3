using System.Text;
using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Blocks;

/// <summary>
/// Reads the lines of any paper (PDF, text, HTML, Word, all cleaned to <see cref="SourceLine"/>s) as blocks:
/// a list marker starts a list item (also a marker printed alone on its line, as two-column layouts do); a blank
/// line, a sentence end followed by a capital, a heading line, a labelled field ("Decision Maker: Cabinet") or a
/// shouted word ("RESOLVED", "AGREED") starts a new block; anything else continues the block, across line and page breaks. Bare page numbers at the top or
/// foot of a page are left out.
/// </summary>
internal static partial class BlockReader
{
    public static IReadOnlyList<Block> Read(IReadOnlyList<SourceLine> lines) => Read(lines, 0, lines.Count);

    public static IReadOnlyList<Block> Read(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var blocks = new List<Block>();
        var open = (Builder?)null;
        ListMarker? pending = null;
        var gap = false;
        string? previous = null;
        for (var i = Math.Max(0, from); i < Math.Min(to, lines.Count); i++)
        {
            var line = lines[i];
            var text = line.Plain;
            if (IsPageFurniture(lines, i))
            {
                continue;
            }

            if (text.Length == 0)
            {
                gap = true;
                continue;
            }

            // Web pages put blank lines inside sentences; a line starting in lower case after one still carries on.
            if (gap && !(open is not null && open.Kind != BlockKind.TableRow && char.IsLower(text[0])))
            {
                Close(blocks, ref open);
            }

            gap = false;
            var before = previous;
            previous = text;

            if (ListMarker.ReadAlone(text) is { } alone)
            {
                Close(blocks, ref open);
                pending = alone;
                continue;
            }

            var cells = line.Cells.Count(c => c.Trim().Length > 0);
            // A paragraph's number set apart from its text ("8.4" then "The Committee RESOLVED to:") is no table row.
            var first = cells > 0 ? line.Cells.First(c => c.Trim().Length > 0).Trim() : string.Empty;
            var bare = ListMarker.TryReadBare(text, before, out var bareMarker, out var bareRest);
            if (!bare && (cells >= 3 || (cells == 2 && ListMarker.ReadAlone(first) is null && !ParagraphNumber().IsMatch(first))))
            {
                Close(blocks, ref open);
                open = new Builder(BlockKind.TableRow, null, line.Text.Trim(), i);
                pending = null;
                continue;
            }

            var listed = ListMarker.TryRead(text, out var marker, out var rest);
            if (!listed && bare)
            {
                (marker, rest, listed) = (bareMarker, bareRest, true);
            }

            if (!listed && line.ListBullet)
            {
                (marker, rest, listed) = (ListMarker.Bullet, text, true);
            }

            if (listed)
            {
                Close(blocks, ref open);
                open = new Builder(BlockKind.ListItem, marker, rest, i);
                pending = null;
                continue;
            }

            if (pending is not null)
            {
                Close(blocks, ref open);
                open = new Builder(BlockKind.ListItem, pending, text, i);
                pending = null;
                continue;
            }

            if (open is not null && Continues(open, line))
            {
                open.Append(text, i);
                continue;
            }

            Close(blocks, ref open);
            open = new Builder(BlockKind.Paragraph, null, text, i);
        }

        Close(blocks, ref open);
        return blocks;
    }

    /// <summary>Whether a line carries on the open block: it does unless a sentence has ended and a capital starts
    /// the line, the open block is a heading, or the line starts a block of its own (a shouted word, a vote outcome).</summary>
    private static bool Continues(Builder open, SourceLine line)
    {
        var text = line.Plain;
        if (open.Kind == BlockKind.TableRow || StartsOwnBlock().IsMatch(text))
        {
            return false;
        }

        if (char.IsLower(text[0]))
        {
            return true;
        }

        var previous = open.LastLine;
        return !EndsSentence().IsMatch(previous) && !(open.LineCount == 1 && LooksLikeHeading(previous) && !OpensADecisionsSentence(previous));
    }

    /// <summary>"Resolved - (1) That the proposed Highways Resurfacing Programme" over "2025/26 be noted …" is capitalised
    /// as a heading is, but a decision's word opens no heading; "DECIDED" or "RESOLVED that" alone still heads its words.</summary>
    private static bool OpensADecisionsSentence(string line) =>
        Resolutions.DecisionTrigger.OpensWithDecisionWord(line) && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetter)) >= 3;

    private static bool IsPageFurniture(IReadOnlyList<SourceLine> lines, int i)
    {
        var atEdge = i == 0 || i == lines.Count - 1 || lines[i - 1].Page != lines[i].Page || lines[i + 1].Page != lines[i].Page;
        return atEdge && PageNumber().IsMatch(lines[i].Plain);
    }

    private static void Close(List<Block> blocks, ref Builder? open)
    {
        if (open is not null)
        {
            blocks.Add(open.Build());
            open = null;
        }
    }

    /// <summary>A single short line without a sentence's punctuation, most of whose words are capitalised.</summary>
    internal static bool LooksLikeHeading(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A line of punctuation alone ("—", "* * *") has no letter to read.
        if (words.Length is 0 or > 14 || EndsSentence().IsMatch(text) || text.EndsWith(',') || text.FirstOrDefault(char.IsLetterOrDigit) is not (var first and not '\0') || (!char.IsUpper(first) && !char.IsDigit(text[0])))
        {
            return false;
        }

        // A list of names that runs on ("… from Mr Beaney, Mr") is not a heading, however capitalised.
        if ((text.Contains(", ", StringComparison.Ordinal) && words.Length > 8) || EndsOnTitle().IsMatch(text))
        {
            return false;
        }

        var capitalised = words.Count(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || !char.IsLetter(w[0]));
        return capitalised * 2 > words.Length && !EndsOnMinorWord().IsMatch(text);
    }

    private sealed class Builder(BlockKind kind, ListMarker? marker, string text, int first)
    {
        private readonly StringBuilder _text = new(text);
        private readonly int _first = first;
        private int _last = first;

        public BlockKind Kind { get; } = kind;

        public int LineCount { get; private set; } = 1;

        public string LastLine { get; private set; } = text;

        public void Append(string next, int index)
        {
            var joinsWord = _text.Length > 1 && _text[^1] == '-' && char.IsLetter(_text[^2]);
            _text.Append(joinsWord ? string.Empty : " ").Append(next);
            LastLine = next;
            LineCount++;
            _last = index;
        }

        public Block Build()
        {
            var kind = Kind == BlockKind.Paragraph && LineCount == 1 && LooksLikeHeading(LastLine) ? BlockKind.Heading : Kind;
            return new Block(kind, marker, _text.ToString().Trim(), _first, _last);
        }
    }

    /// <summary>A sentence's end, or a colon and dash (":-") over what follows, as some councils write it.</summary>
    [GeneratedRegex(@"[.;:!?][""”’')\]]*$|:\s?[-–]$")]
    private static partial Regex EndsSentence();

    /// <summary>A line that opens a block of its own: a labelled field ("Decision Maker: Cabinet"), but not a stem wrapped
    /// onto the line before its list ("… to the Cabinet Member for" / "Finance and Change that:", "… and the" / "Committee
    /// agreed to:"); a shouted word; a
    /// vote's outcome or count.</summary>
    [GeneratedRegex(@"^(?:[A-Z][A-Za-z]*(?:\s[A-Za-z]+){0,3}(?<!\sthat)(?<!\sto):(?:\s|$)|[A-Z]{4,}\b(?![’']s)|(?:Substantive\s+)?(?:Motion|Amendment|Recommendations?|Proposal)s?\s+(?i:(?:was\s+|were\s+)?(?:carried|lost|fell|agreed|defeated|withdrawn|approved))\b|(?:Agreed|Carried|Lost|All\s+(?:agreed|in\s+favour))\b|(?:For|Against|Abstain\w*)\s*[(:\-–]?\s*\d)")]
    private static partial Regex StartsOwnBlock();

    [GeneratedRegex(@"\b(?:and|or|of|the|for|to|in|on|with|by|at|a|an|from|that)$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsOnMinorWord();

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Cllr\.?|Councillor|County\s+Councillor)$")]
    private static partial Regex EndsOnTitle();

    [GeneratedRegex(@"^(?:Page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){1,2}\.?$")]
    private static partial Regex ParagraphNumber();
}
