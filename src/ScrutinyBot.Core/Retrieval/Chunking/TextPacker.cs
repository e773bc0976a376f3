using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.Chunking;

/// <summary>Packs a span of text into pieces of about min-max characters, cutting at paragraph, line or sentence
/// ends (or spaces, for run-on text), each piece after the first starting with up to overlap characters of whole
/// sentences from the end of the previous piece.</summary>
public static partial class TextPacker
{
    /// <returns>For each piece, the offset (in <paramref name="text"/>) its own new content starts at, and its text.</returns>
    public static IReadOnlyList<(int Start, string Text)> Pack(string text, int start, int end, int min, int max, int overlap)
    {
        var units = Units(text, start, end, max);
        var pieces = new List<(int Start, string Text)>();
        var i = 0;
        var carry = string.Empty;
        while (i < units.Count)
        {
            var first = units[i].Start;
            var last = i;
            while (last + 1 < units.Count && units[last + 1].End - first + carry.Length <= max && units[last].End - first + carry.Length < min)
            {
                last++;
            }

            // A short remainder would make a piece too small to answer from on its own: keep it with this one.
            if (units[^1].End - units[last].End < min / 4 && units[^1].End - first + carry.Length <= max)
            {
                last = units.Count - 1;
            }

            var body = text[first..units[last].End].Trim();
            if (body.Length > 0)
            {
                pieces.Add((first, carry.Length > 0 ? carry + " " + body : body));
                carry = Tail(body, overlap);
            }

            i = last + 1;
        }

        return pieces;
    }

    private static List<(int Start, int End)> Units(string text, int start, int end, int max)
    {
        var units = new List<(int Start, int End)>();
        var at = start;
        foreach (Match boundary in Boundary().Matches(text[start..end]))
        {
            var cut = start + boundary.Index + boundary.Length;
            AddUnit(units, text, at, cut, max);
            at = cut;
        }

        AddUnit(units, text, at, end, max);
        return units;
    }

    private static void AddUnit(List<(int Start, int End)> units, string text, int from, int to, int max)
    {
        while (to - from > max)
        {
            var space = text.LastIndexOf(' ', from + max - 1, max / 2);
            var cut = space > from ? space + 1 : from + max;
            units.Add((from, cut));
            from = cut;
        }

        if (to > from && !string.IsNullOrWhiteSpace(text[from..to]))
        {
            units.Add((from, to));
        }
    }

    private static string Tail(string body, int overlap)
    {
        if (overlap <= 0 || body.Length <= overlap)
        {
            return string.Empty;
        }

        var window = body[^overlap..];
        var sentence = SentenceStart().Match(window);
        return sentence.Success ? window[sentence.Index..].Trim() : string.Empty;
    }

    [GeneratedRegex(@"\n\s*\n|\n|(?<=[.!?][""'”’)]?)\s+(?=[A-Z0-9(“""'])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"(?<=[.!?][""'”’)]?\s+)[A-Z(“""']")]
    private static partial Regex SentenceStart();
}
