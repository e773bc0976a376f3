using ScrutinyBot.Core.Ingestion;
using ScrutinyBot.Core.Ingestion.Readers;

namespace ScrutinyBot.Core.Tests.Ingestion.Readers;

public sealed class PdfDocumentReaderTests
{
    private readonly PdfDocumentReader _sut = new();

    [Fact]
    public void Read_MultiPageSamplePdf_ReturnsEachPageWithItsNumberAndLines()
    {
        var pages = PdfFixtures.Paginate(SamplePapers.Read("002"), 50).Take(3).ToList();

        var read = _sut.Read("pack.pdf", PdfFixtures.Build(pages));

        Assert.Equal([1, 2, 3], read.Select(p => p.Number));
        for (var i = 0; i < 3; i++)
        {
            var expected = pages[i].Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Normalise);
            var actual = read[i].Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Normalise);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Read_PageWithoutText_ThrowsOcrMessage()
    {
        var ex = Assert.Throws<DocumentReadException>(() => _sut.Read("scan.pdf", PdfFixtures.BuildWithoutText(1)));

        Assert.Contains("no text layer", ex.Message, StringComparison.Ordinal);
    }

    private static string Normalise(string line) => string.Join(' ', line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
