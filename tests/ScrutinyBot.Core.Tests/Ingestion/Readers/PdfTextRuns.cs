using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace ScrutinyBot.Core.Tests.Ingestion.Readers;

/// <summary>Builds a PDF from runs of Helvetica text placed at given points and sizes on A4 pages (y from the
/// bottom, as PDF has it; ZapfDingbats for bullets), so a test can set a letter in a bigger font, a raised "th" or a running footer.</summary>
internal sealed class PdfTextRuns : IDisposable
{
    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _font;
    private readonly PdfDocumentBuilder.AddedFont _dingbats;
    private PdfPageBuilder? _page;

    public PdfTextRuns()
    {
        _font = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _dingbats = _builder.AddStandard14Font(Standard14Font.ZapfDingbats);
    }

    public PdfTextRuns NewPage()
    {
        _page = _builder.AddPage(PageSize.A4);
        return this;
    }

    /// <summary>Writes <paramref name="text"/> from (x, y) and returns where its last letter ends along x.</summary>
    public double Write(string text, double size, double x, double y, bool dingbats = false)
    {
        var page = _page ?? throw new InvalidOperationException("Call NewPage first.");
        IReadOnlyList<Letter> letters = page.AddText(text, size, new PdfPoint(x, y), dingbats ? _dingbats : _font);
        return letters.Count == 0 ? x : letters[^1].EndBaseLine.X;
    }

    /// <summary>How wide <paramref name="text"/> is set at <paramref name="size"/>, in points.</summary>
    public double Measure(string text, double size)
    {
        using var scratch = new PdfDocumentBuilder();
        var font = scratch.AddStandard14Font(Standard14Font.Helvetica);
        var letters = scratch.AddPage(PageSize.A4).AddText(text, size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X;
    }

    /// <summary>Writes <paramref name="text"/> at (x, y) and goes on with <paramref name="next"/> right after it.</summary>
    public double WriteThen(string text, double size, string next, double nextSize, double x, double y, double rise = 0) =>
        Write(next, nextSize, Write(text, size, x, y), y + rise);

    public byte[] Build() => _builder.Build();

    public void Dispose() => _builder.Dispose();
}
