using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Splits a passage into answer-sized units: sentences, bullet items and table lines, long runs cut into windows.</summary>
public static partial class SentenceSplitter
{
    private const int MaxUnit = 420;
    private const int Window = 320;
    private const int ShortLine = 60;
    private const int MaxJoined = 260;
    private const int MaxWrapped = 900;
    private const int MinWrapped = 40;
    private const double WrapShare = 0.7;

    /// <summary>What <see cref="JoinShortLines"/> writes between a short line and the next.</summary>
    private const string Joint = " - ";

    public static IReadOnlyList<string> Split(string text) => SplitWithLayout(text).Select(u => u.Text).ToList();

    /// <summary>The units with whether each begins a line of the passage, which tells a list item from the middle
    /// of a paragraph.</summary>
    public static IReadOnlyList<TextUnit> SplitWithLayout(string text)
    {
        var units = new List<TextUnit>();
        foreach (var line in JoinShortLines(WrappedCells.ReadDown(text.Split('\n'))))
        {
            var first = true;
            foreach (var sentence in SentenceEnd().Split(line))
            {
                var before = units.Count;
                AddUnit(units, sentence.Trim(), first);
                first &= units.Count == before;
            }
        }

        return units;
    }

    /// <summary>Short lines (headings, "Time: 9.30 am", "Absent", table cells) are joined to the lines after them, so a
    /// heading travels with what it heads; a line that fills the passage's width without ending a sentence or its
    /// paragraph was wrapped by the PDF, so the sentence carries on into the next line whatever case that starts with.</summary>
    private static IEnumerable<string> JoinShortLines(IEnumerable<string> rawLines)
    {
        var all = rawLines.Select(l => Whitespace().Replace(l, " ").Trim()).ToList();
        var wrapWidth = WrapWidth(all.Where(l => l.Length > 0).ToList());
        var pending = string.Empty;
        var wrapped = false;
        for (var i = 0; i < all.Count; i++)
        {
            var line = all[i];
            if (line.Length == 0)
            {
                continue;
            }

            var startsItem = UnitShape.IsNumberedParagraph(line) || UnitShape.IsEnumeratedItem(line) || line.StartsWith("- ", StringComparison.Ordinal);

            // A new numbered paragraph or list item starts its own line, even after a short one.
            if (pending.Length > 0 && (UnitShape.IsNumberedParagraph(line) || UnitShape.IsEnumeratedItem(line)))
            {
                yield return pending;
                pending = string.Empty;
            }

            // A line starting in lower case carries on the sentence a PDF broke; anything else is a new cell or item.
            pending = pending.Length == 0 ? line
                : char.IsLower(line[0]) || (wrapped && !startsItem) ? $"{pending} {line}"
                : $"{pending}{Joint}{line}";
            // A blank line after it ends the paragraph: a heading as wide as the text is not a wrapped sentence.
            wrapped = !EndsSentence(line) && NextLine(all, i) is { } next
                && ((line.Length >= wrapWidth && all[i + 1].Length > 0) || (line.Length >= ShortLine && BreaksOffASentence(line, next)));
            if ((line.Length >= ShortLine && !wrapped) || pending.Length >= MaxWrapped || (pending.Length >= MaxJoined && !wrapped) || line.EndsWith('.'))
            {
                yield return pending;
                pending = string.Empty;
                wrapped = false;
            }
        }

        if (pending.Length > 0)
        {
            yield return pending;
        }
    }

    /// <summary>How long a line is when the PDF wrapped it: most of the width of the passage's longest lines (its
    /// column), and never a short heading or cell.</summary>
    private static int WrapWidth(IReadOnlyList<string> lines)
    {
        if (lines.Count < 3)
        {
            return int.MaxValue;
        }

        var lengths = lines.Select(l => l.Length).Order().ToList();
        var column = lengths[(int)(0.9 * (lengths.Count - 1))];
        return Math.Max(MinWrapped, (int)(WrapShare * column));
    }

    private static string? NextLine(IReadOnlyList<string> lines, int index) =>
        lines.Skip(index + 1).FirstOrDefault(l => l.Length > 0);

    /// <summary>A prose line ending on a lower-case word ("… Sleep Out and raised") before a line that carries a
    /// sentence on ("£3,335 for the charity.", "the WW1 Trenches at …") was broken by the PDF's narrower column, even
    /// when it is shorter than the passage's widest lines or a blank line follows it.</summary>
    private static bool BreaksOffASentence(string line, string next) =>
        LowerCaseWordAtEnd().IsMatch(line) && (char.IsLower(next[0]) || ((char.IsDigit(next[0]) || next[0] == '£') && !UnitShape.IsNumberedParagraph(next) && !UnitShape.IsEnumeratedItem(next)));

    private static bool EndsSentence(string line) => line[^1] is '.' or '!' or '?' or ':' or ';';

    private static void AddUnit(List<TextUnit> units, string sentence, bool startsLine)
    {
        if (sentence.Length == 0 || !sentence.Any(char.IsLetterOrDigit))
        {
            return;
        }

        if (sentence.Length <= MaxUnit)
        {
            units.Add(new TextUnit(sentence, startsLine));
            return;
        }

        var start = 0;
        while (start < sentence.Length)
        {
            var end = Math.Min(sentence.Length, start + Window);
            var next = end;
            if (end < sentence.Length)
            {
                // Cut where two joined lines meet (a heading block before its paragraph) rather than mid-sentence.
                var joint = sentence.LastIndexOf(Joint, end, end - start, StringComparison.Ordinal);
                var space = sentence.LastIndexOf(' ', end, end - start);
                (end, next) = joint > start + (Window / 2) ? (joint, joint + Joint.Length)
                    : space > start + (Window / 2) ? (space, space) : (end, end);
            }

            units.Add(new TextUnit(sentence[start..end].Trim(), startsLine && start == 0));
            start = next;
        }
    }

    [GeneratedRegex(@"(?<=(?<!\b(?:Cllr|Dr|Mr|Mrs|Ms|No|St|e\.g|i\.e|etc|approx|circa|c|ca|cf|vs|Fig|para|Vol|Rev|Prof))[.!?])\s+(?=[A-Z0-9(""'£\u2018\u201c])|\s+(?=-\s+[a-z0-9]{1,3}\)\s)|\s+(?=\(?[a-z0-9]{1,2}\)\s+[A-Z])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<![\w-])[a-z]+$")]
    private static partial Regex LowerCaseWordAtEnd();
}
