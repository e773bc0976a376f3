using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>
/// A front sheet's fields laid out as columns, each label over its value ("Date &amp; time | Place | Contact" over
/// "Thursday, 13 March | Council Chamber, | Ellie Brookfield" / "2025 at 10.00 am | Woodhatch Place, 11 | Officer"):
/// each value is its column's cells joined down to the next blank line.
/// </summary>
internal static partial class FieldColumns
{
    /// <summary>The date-and-time value and the place value of the first such grid within <paramref name="reach"/>
    /// lines, with the line its values start on; null when there is none.</summary>
    public static (string? When, string? Place, int LineIndex)? Find(IReadOnlyList<SourceLine> lines, int reach)
    {
        for (var i = 0; i + 1 < lines.Count && i < reach; i++)
        {
            var labels = lines[i].Text.Split('\t').Select(c => c.Trim()).ToArray();
            var when = Array.FindIndex(labels, l => WhenLabel().IsMatch(l));
            var place = Array.FindIndex(labels, l => PlaceLabel().IsMatch(l));
            // A field grid says where as well as when; a table with a date column ("Date | Item | Lead") is no grid of fields.
            if (labels.Length < 2 || when < 0 || place < 0)
            {
                continue;
            }

            var values = labels.Select(_ => new List<string>()).ToArray();
            for (var k = i + 1; k < lines.Count && !lines[k].IsBlank; k++)
            {
                var cells = lines[k].Text.Split('\t');
                for (var c = 0; c < cells.Length && c < values.Length; c++)
                {
                    if (cells[c].Trim() is { Length: > 0 } cell)
                    {
                        values[c].Add(cell);
                    }
                }
            }

            string? Joined(int c) => c >= 0 && values[c].Count > 0 ? string.Join(' ', values[c]) : null;
            return (Joined(when), Joined(place)?.TrimEnd(','), i + 1);
        }

        return null;
    }

    [GeneratedRegex(@"^(?:date|date\s*(?:&|and)\s*time|date\s+of\s+meeting|meeting\s+date)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhenLabel();

    [GeneratedRegex(@"^(?:place|venue|location|where)$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceLabel();
}
