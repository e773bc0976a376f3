using ScrutinyBot.Core.Documents;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Reads PDFs with PdfPig, one <see cref="PageText"/> per PDF page, lines rebuilt from letter positions
/// (see <see cref="PdfPageLines"/>), running headers and footers removed.</summary>
public sealed class PdfDocumentReader : IDocumentReader
{
    public string Format => "pdf";

    public IReadOnlyCollection<string> Extensions { get; } = [".pdf"];

    public IReadOnlyList<PageText> Read(string fileName, byte[] content)
    {
        try
        {
            using var document = PdfDocument.Open(content);
            var lines = new List<List<PdfLine>>(document.NumberOfPages);
            var numbers = new List<int>(document.NumberOfPages);
            foreach (var page in document.GetPages())
            {
                lines.Add(PdfPageLines.Build(page));
                numbers.Add(page.Number);
            }

            var pages = RunningHeaderFilter.Remove(lines)
                .Select((page, i) => new PageText(numbers[i], PdfPageText.Write(page)))
                .ToList();

            if (pages.Count > 0 && pages.TrueForAll(p => string.IsNullOrWhiteSpace(p.Text)))
            {
                throw new DocumentReadException(
                    $"{fileName}: the PDF has no text layer (a scan?): OCR it first, then ingest the OCR'd copy.");
            }

            return pages;
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentReadException(
                $"{fileName}: the PDF is encrypted or password-protected: save an unprotected copy and ingest that.", ex);
        }
        catch (Exception ex) when (ex is PdfDocumentFormatException or InvalidOperationException or ArgumentException
            or IndexOutOfRangeException or NullReferenceException or InvalidCastException or KeyNotFoundException
            or FormatException or EndOfStreamException or OverflowException or NotSupportedException)
        {
            throw new DocumentReadException(
                $"{fileName}: the PDF is damaged or not a PDF: download or export it again, then re-ingest.", ex);
        }
    }
}
