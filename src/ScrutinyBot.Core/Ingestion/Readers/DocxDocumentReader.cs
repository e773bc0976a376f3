using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Reads Word .docx files from their WordprocessingML; an explicit page break starts a new page.</summary>
public sealed class DocxDocumentReader : IDocumentReader
{
    public string Format => "docx";

    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public IReadOnlyList<PageText> Read(string fileName, byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var entry = zip.GetEntry("word/document.xml")
                ?? throw new DocumentReadException($"{fileName}: this zip is not a Word document (no word/document.xml): save it as .docx from Word and re-ingest.");
            using var stream = entry.Open();
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
}
