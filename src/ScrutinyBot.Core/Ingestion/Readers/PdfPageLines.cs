using System.Text;
using UglyToad.PdfPig.Content;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Rebuilds the lines of a PDF page from its words: top to bottom, left to right, wide gaps as tabs
/// (so table rows read like the flattened sample texts).</summary>
internal static class PdfPageLines
{
    public static string Build(IEnumerable<Word> words)
    {
        var lines = new List<List<Word>>();
        foreach (var word in words.Where(w => !string.IsNullOrWhiteSpace(w.Text))
                     .OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var line = lines.Count > 0 ? lines[^1] : null;
            var tolerance = Math.Max(2.0, word.BoundingBox.Height * 0.5);
            if (line is not null && Math.Abs(line[0].BoundingBox.Bottom - word.BoundingBox.Bottom) <= tolerance)
            {
                line.Add(word);
            }
            else
            {
                lines.Add([word]);
            }
        }

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            AppendLine(text, line.OrderBy(w => w.BoundingBox.Left).ToList());
        }

        return text.ToString().TrimEnd();
    }

    private static void AppendLine(StringBuilder text, List<Word> line)
    {
        for (var i = 0; i < line.Count; i++)
        {
            if (i > 0)
            {
                var gap = line[i].BoundingBox.Left - line[i - 1].BoundingBox.Right;
                var height = Math.Max(line[i].BoundingBox.Height, 1.0);
                text.Append(gap > height * 2.5 ? '\t' : ' ');
            }

            text.Append(line[i].Text);
        }

        text.Append('\n');
    }
}
