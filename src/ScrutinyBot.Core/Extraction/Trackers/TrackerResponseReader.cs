using System.Globalization;
using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>
/// Reads a tracker row's response column. Numbered responses ("1)" in a cell of its own, or "2) We do not ...")
/// answer the item of that number; an unnumbered response opening on the line where exactly one item opens answers
/// that item; other text continues the response before it, or, if there is none, is the row's shared response.
/// </summary>
internal static partial class TrackerResponseReader
{
    public static void Read(IReadOnlyList<SourceLine> lines, int start, int end, TrackerBlock block)
    {
        int? pendingNumber = null;
        for (var i = start; i < end; i++)
        {
            var cells = lines[i].Text.Split('\t').Skip(2).Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            foreach (var cell in cells)
            {
                var bare = BareMarker().Match(cell);
                if (bare.Success)
                {
                    pendingNumber = int.Parse(bare.Groups["n"].Value, CultureInfo.InvariantCulture);
                    continue;
                }

                if (cell.Count(char.IsLetter) < 4 || !cell.Contains(' ', StringComparison.Ordinal))
                {
                    continue;
                }

                var numbered = LeadingMarker().Match(cell);
                var text = numbered.Success ? cell[numbered.Length..].Trim() : cell;
                var number = numbered.Success ? int.Parse(numbered.Groups["n"].Value, CultureInfo.InvariantCulture) : pendingNumber;
                pendingNumber = null;
                if (number is not null)
                {
                    Add(block, number, text, i);
                    continue;
                }

                var opening = block.Items.Where(it => it.LineIndex == i).ToList();
                var last = block.Responses.LastOrDefault();
                var complete = last is null || last.Text.TrimEnd().EndsWith('.') || char.IsUpper(text[0]);
                if (opening.Count == 1 && complete && !block.Responses.Any(r => r.Number == opening[0].Number))
                {
                    Add(block, opening[0].Number, text, i, byLine: true);
                }
                else if (last is not null && block.Items.Any(it => it.Number == last.Number))
                {
                    block.Responses[^1] = last with { Text = $"{last.Text} {text}" };
                }
                else
                {
                    block.Shared.Add(text);
                }
            }
        }
    }

    private static void Add(TrackerBlock block, int? number, string text, int line, bool byLine = false)
    {
        var existing = block.Responses.FindIndex(r => r.Number == number);
        if (existing >= 0)
        {
            var old = block.Responses[existing];
            block.Responses[existing] = old with { Text = $"{old.Text} {text}" };
            return;
        }

        block.Responses.Add(new TrackerResponse(number, text, line, byLine));
    }

    [GeneratedRegex(@"^\(?(?<n>\d{1,2})[).]$")]
    private static partial Regex BareMarker();

    [GeneratedRegex(@"^\(?(?<n>\d{1,2})[).]\s+")]
    private static partial Regex LeadingMarker();
}
