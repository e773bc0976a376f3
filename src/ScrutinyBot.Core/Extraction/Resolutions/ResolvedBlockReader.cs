using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Minutes;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Resolutions;

/// <summary>
/// Reads explicit decisions: "RESOLVED:", "RESOLVED (2024/001)", "Resolved to ...", "It was agreed that ...",
/// "it was resolved that ...", followed by a paragraph or a numbered list ("1) To request ...") whose lettered
/// sub-items ("a) That ...") are decisions in their own right, each read with its parent's words.
/// </summary>
internal static partial class ResolvedBlockReader
{
    public static IReadOnlyList<ResolvedText> Read(IReadOnlyList<SourceLine> lines, int from, int to)
    {
        var found = new List<ResolvedText>();
        for (var i = from; i < to; i++)
        {
            var text = lines[i].Plain;
            var m = Trigger().Match(text);
            if (m.Success)
            {
                var reference = m.Groups["ref"].Success ? m.Groups["ref"].Value.Trim() : null;
                var rest = m.Groups["rest"].Value.Trim();
                if (rest.Length > 0 && !rest.EndsWith(':'))
                {
                    found.Add(new ResolvedText(Inline(text, rest), reference, i));
                    continue;
                }

                i = ReadBody(lines, i + 1, to, reference, rest, found) - 1;
                continue;
            }

            if (ListMarkers.IsListLine(text))
            {
                continue;
            }

            foreach (Match s in AgreedInSentence().Matches(text))
            {
                found.Add(new ResolvedText(Capitalise(s.Groups["text"].Value.Trim()), null, i));
            }
        }

        return found;
    }

    private static int ReadBody(IReadOnlyList<SourceLine> lines, int start, int to, string? reference, string lead, List<ResolvedText> found)
    {
        var items = new List<(ListItem Top, List<ListItem> Subs)>();
        string? paragraph = null;
        var paragraphLine = start;
        var i = start;
        for (; i < to; i++)
        {
            var text = lines[i].Plain;
            if (text.Length == 0)
            {
                continue;
            }

            if (Trigger().IsMatch(text) || Closing().IsMatch(text))
            {
                break;
            }

            if (ListMarkers.TryRead(text, i, out var item))
            {
                var topLettered = items.Count > 0 ? items[0].Top.Lettered : item.Lettered;
                if (item.Lettered == topLettered || items.Count == 0)
                {
                    items.Add((item, []));
                }
                else
                {
                    items[^1].Subs.Add(item);
                }

                continue;
            }

            if (items.Count > 0)
            {
                if (!Continues(items[^1].Subs.Count > 0 ? items[^1].Subs[^1].Text : items[^1].Top.Text, text))
                {
                    break;
                }

                Append(items, text);
                continue;
            }

            if (paragraph is not null && !Continues(paragraph, text))
            {
                break;
            }

            paragraphLine = paragraph is null ? i : paragraphLine;
            paragraph = paragraph is null ? text : $"{paragraph} {text}";
        }

        if (paragraph is not null && items.Count == 0)
        {
            found.Add(new ResolvedText(Join(lead, paragraph), reference, paragraphLine));
        }

        foreach (var (top, subs) in items)
        {
            if (subs.Count == 0)
            {
                found.Add(new ResolvedText(Join(lead, top.Text), reference, top.LineIndex));
                continue;
            }

            foreach (var sub in subs)
            {
                found.Add(new ResolvedText($"{top.Text} {sub.Marker}) {sub.Text}", reference, sub.LineIndex));
            }
        }

        return i;
    }

    private static void Append(List<(ListItem Top, List<ListItem> Subs)> items, string text)
    {
        var (top, subs) = items[^1];
        if (subs.Count > 0)
        {
            subs[^1] = subs[^1] with { Text = $"{subs[^1].Text} {text}" };
        }
        else
        {
            items[^1] = (top with { Text = $"{top.Text} {text}" }, subs);
        }
    }

    private static bool Continues(string previous, string next) =>
        char.IsLower(next[0]) || !(previous.EndsWith('.') || previous.EndsWith(';') || previous.EndsWith(':'));

    private static string Join(string lead, string text)
    {
        var words = lead.TrimEnd(':').Trim();
        return words.Contains(' ', StringComparison.Ordinal) ? $"{Capitalise(words)} {text}" : text;
    }

    private static string Inline(string line, string rest) =>
        rest.StartsWith("to ", StringComparison.OrdinalIgnoreCase) ? line.Trim() : Capitalise(rest);

    private static string Capitalise(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    [GeneratedRegex(@"^(?:It\s+was\s+|The\s+(?:Committee|Board|Panel|Sub-Committee|Cabinet)\s+)?(?:RESOLVED|Resolved|AGREED|Agreed|resolved|agreed)\b(?:\s+unanimously)?(?:\s*\(\s*(?<ref>[^)]{1,24})\s*\))?\s*[:\-–—]?\s*(?<rest>.*)$")]
    private static partial Regex Trigger();

    [GeneratedRegex(@"\b(?<text>(?:it\s+was|the\s+(?:committee|board|panel|sub-committee))\s+(?:further\s+|also\s+|unanimously\s+)?(?:resolved|agreed)\s+(?:that|to)\b[^.]*(?:\.|$))", RegexOptions.IgnoreCase)]
    private static partial Regex AgreedInSentence();

    [GeneratedRegex(@"^(?:the\s+meeting\s+(?:closed|ended|concluded)|chair(?:man)?$|signed\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Closing();
}
