using UglyToad.PdfPig.Content;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Turns a page's letters into glyphs, one group per text direction (upright text first), each group
/// rotated so that its text runs left to right: rotated text reads as lines, not as single letters.</summary>
internal static class PdfGlyphs
{
    public static IEnumerable<(int Angle, List<PdfGlyph> Glyphs)> ByDirection(IReadOnlyList<Letter> letters)
    {
        var groups = new SortedDictionary<int, List<PdfGlyph>>();
        foreach (var letter in letters)
        {
            var dx = letter.EndBaseLine.X - letter.StartBaseLine.X;
            var dy = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
            var angle = dx == 0 && dy == 0 ? Angle(letter.TextOrientation) : (int)Math.Round(Math.Atan2(dy, dx) * 180 / Math.PI);
            angle = ((angle % 360) + 360) % 360;
            if (!groups.TryGetValue(angle, out var group))
            {
                groups[angle] = group = [];
            }

            group.Add(ToGlyph(letter, angle));
        }

        return groups.Select(g => (g.Key, g.Value));
    }

    private static PdfGlyph ToGlyph(Letter letter, int angle)
    {
        var radians = angle * Math.PI / 180;
        var (cos, sin) = (Math.Cos(radians), Math.Sin(radians));
        var start = letter.StartBaseLine;
        var end = letter.EndBaseLine;
        var x = (start.X * cos) + (start.Y * sin);
        var endX = (end.X * cos) + (end.Y * sin);
        var baseline = (start.Y * cos) - (start.X * sin);
        if (endX <= x)
        {
            endX = x + Math.Max(letter.BoundingBox.Width, 0);
        }

        var size = letter.PointSize > 0 ? letter.PointSize : Math.Max(letter.BoundingBox.Height, 1);
        return new PdfGlyph(letter.Value, x, endX, baseline, size);
    }

    private static int Angle(TextOrientation orientation) => orientation switch
    {
        TextOrientation.Rotate90 => 90,
        TextOrientation.Rotate180 => 180,
        TextOrientation.Rotate270 => 270,
        _ => 0,
    };
}
