using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Reads Word .docx files from their WordprocessingML; an explicit page break starts a new page. The zip's
/// entry count and the text part's uncompressed size are capped (<see cref="ReaderLimitsOptions"/>): the size is
/// counted as it is decompressed, in a first pass that keeps nothing, so a zip bomb is refused in bounded memory.</summary>
public sealed class DocxDocumentReader(IOptions<ReaderLimitsOptions> options) : IDocumentReader
{
    private const string DocumentPart = "word/document.xml";

    /// <summary>A reader with the default limits.</summary>
    public DocxDocumentReader()
        : this(Options.Create(new ReaderLimitsOptions()))
    {
    }

    public string Format => "docx";

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public IReadOnlyList<PageText> Read(string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var limits = options.Value;
        if (ZipEntryCount.Read(content) is { } entries && entries > limits.MaxArchiveEntries)
        {
            throw new DocumentReadException(
                $"{fileName}: the Word file holds {entries:N0} or more parts, over the {limits.MaxArchiveEntries:N0} limit (Ingestion:Limits:MaxArchiveEntries); it is damaged or not a real document: save it again from Word and re-ingest.");
        }

        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var entry = zip.GetEntry(DocumentPart)
                ?? throw new DocumentReadException($"{fileName}: this zip is not a Word document (no word/document.xml): save it as .docx from Word and re-ingest.");
            var tooLarge = () => TooLarge(fileName, limits.MaxExpandedBytes);
            if (entry.Length > limits.MaxExpandedBytes)
            {
                throw tooLarge();
            }

            using (var count = new ExpansionLimitStream(entry.Open(), limits.MaxExpandedBytes, tooLarge))
            {
                count.CopyTo(Stream.Null);
            }

            using var stream = new ExpansionLimitStream(entry.Open(), limits.MaxExpandedBytes, tooLarge);
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(stream, settings);
            var body = XDocument.Load(reader).Root?.Element(WordprocessingText.W + "body");
            return body is null ? [new PageText(1, string.Empty)] : WordprocessingText.Pages(body);
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentReadException(
                $"{fileName}: not a readable .docx (damaged, or password-protected): save an unprotected copy from Word and re-ingest.", ex);
        }
        catch (XmlException ex)
        {
            throw new DocumentReadException($"{fileName}: the Word document is damaged: open and re-save it in Word, then re-ingest.", ex);
        }
    }

    private static DocumentReadException TooLarge(string fileName, long limit) =>
        new($"{fileName}: the Word document expands to more than {limit / (1024 * 1024):N0} MB (Ingestion:Limits:MaxExpandedBytes) of text markup; it may be a zip bomb or a damaged file: split the document or save it again from Word, then re-ingest.");
}
