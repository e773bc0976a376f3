using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ScrutinyBot.Core.Tests.Ingestion;

/// <summary>Builds real PDFs for tests with PdfPig's writer: Helvetica, one text line per row, given pages.</summary>
internal static class PdfFixtures
{
    private const double FontSize = 10;
    private const double LineHeight = 13;
    private const int MaxLineChars = 95;

    /// <summary>A PDF with one page per entry; each page's text is written line by line (long lines wrapped).</summary>
    public static byte[] Build(IReadOnlyList<string> pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var pageText in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 800.0;
            foreach (var line in Lines(pageText))
            {
                if (line.Length > 0)
                {
                    page.AddText(line, FontSize, new PdfPoint(40, y), font);
                }

                y -= LineHeight;
            }
        }

        return builder.Build();
    }

    /// <summary>A PDF whose pages carry no text at all (as a scan without OCR would).</summary>
    public static byte[] BuildWithoutText(int pageCount)
    {
        using var builder = new PdfDocumentBuilder();
        for (var i = 0; i < pageCount; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.DrawRectangle(new PdfPoint(50, 50), 200, 300, 2, fill: true);
        }

        return builder.Build();
    }

    /// <summary>Splits text into pages of at most <paramref name="linesPerPage"/> printable lines.</summary>
    public static IReadOnlyList<string> Paginate(string text, int linesPerPage)
    {
        var lines = Lines(text).ToList();
        return lines.Chunk(linesPerPage).Select(c => string.Join('\n', c)).ToList();
    }

    private static IEnumerable<string> Lines(string text)
    {
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = Printable(raw).Trim();
            while (line.Length > MaxLineChars)
            {
                var cut = line.LastIndexOf(' ', MaxLineChars);
                cut = cut > 0 ? cut : MaxLineChars;
                yield return line[..cut].Trim();
                line = line[cut..].Trim();
            }

            yield return line;
        }
    }

    private static string Printable(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\t' => "    ",
                '\u2018' or '\u2019' => "'",
                '\u201C' or '\u201D' => "\"",
                '\u2013' or '\u2014' => "-",
                '\u00A3' => "GBP ",
                _ when c is >= ' ' and <= '~' => c.ToString(),
                _ => " ",
            });
        }

        return builder.ToString();
    }
}
