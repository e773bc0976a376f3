// txt2pdf IN.txt OUT.pdf [SIZE] : lays a pdftotext -layout text out as a PDF in Courier (8 pt unless SIZE; each run of text
// at its column, so wide gaps stay gaps), 64 lines a page, form feeds breaking pages. For scripts/score-styles.py:
// `dotnet run --project scripts/txt2pdf -- tests/data/council-styles-3/x.txt /tmp/pdf/x.pdf 6`. Not part of the product.
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using UglyToad.PdfPig.Content;
var Size = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 8.0;
var lines = File.ReadAllText(args[0]).Replace("\r", "").Split('\n');
var b = new PdfDocumentBuilder();
var font = b.AddStandard14Font(Standard14Font.Courier);
PdfPageBuilder? page = null; var n = 0;
foreach (var raw in lines)
{
    var parts = raw.Split('\f');
    for (var i = 0; i < parts.Length; i++)
    {
        if (page is null || n >= 64 || i > 0) { page = b.AddPage(PageSize.A4); n = 0; }
        var line = parts[i].Replace("\t", "    ");
        // each run of non-space text placed at its column so gaps stay gaps
        var col = 0;
        while (col < line.Length)
        {
            if (line[col] == ' ') { col++; continue; }
            var end = col; while (end < line.Length && !(line[end] == ' ' && (end + 1 >= line.Length || line[end + 1] == ' '))) end++;
            var text = line[col..end];
            var safe = new string(text.Select(c => c < 128 ? c : c switch { '£' => '£', '–' => '-', '—' => '-', '’' => '\'', '‘' => '\'', '“' => '"', '”' => '"', _ => '?' }).ToArray());
            page.AddText(safe, Size, new PdfPoint(20 + col * 4.8, 800 - n * 12), font);
            col = end;
        }
        n++;
    }
}
File.WriteAllBytes(args[1], b.Build());
