namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Writes a page's lines as text: a blank line before each paragraph, characters normalised, words split
/// by a line-end hyphen joined.</summary>
internal static class PdfPageText
{
    public static string Write(IReadOnlyList<PdfLine> lines)
    {
        var texts = new List<string?>(lines.Count + 8);
        foreach (var line in lines)
        {
            if (line.ParagraphBefore && texts.Count > 0)
            {
                texts.Add(string.Empty);
            }

            texts.Add(TextNormaliser.Line(line.Text));
        }

        return string.Join('\n', LineEndHyphens.Join(texts)).Trim();
    }
}
