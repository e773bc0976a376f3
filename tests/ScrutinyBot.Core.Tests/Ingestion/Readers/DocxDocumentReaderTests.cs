using System.IO.Compression;
using System.Text;
using ScrutinyBot.Core.Ingestion;
using ScrutinyBot.Core.Ingestion.Readers;

namespace ScrutinyBot.Core.Tests.Ingestion.Readers;

public sealed class DocxDocumentReaderTests
{
    private readonly DocxDocumentReader _sut = new();

    [Fact]
    public void Read_ExplicitPageBreak_StartsNewPageAndTablesAreTabbed()
    {
        var docx = Docx("""
            <w:p><w:r><w:t>Minutes</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>10 July 2024</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>That the Council acts.</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            <w:p><w:r><w:t xml:space="preserve">Before </w:t></w:r><w:r><w:br w:type="page"/><w:t>After break</w:t></w:r></w:p>
            <w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>Third page</w:t><w:tab/><w:t>tabbed</w:t></w:r></w:p>
            """);

        var pages = _sut.Read("m.docx", docx);

        Assert.Equal(3, pages.Count);
        Assert.Equal("Minutes\n10 July 2024\tThat the Council acts.\nBefore", pages[0].Text.TrimEnd());
        Assert.Equal("After break", pages[1].Text);
        Assert.Equal((3, "Third page\ttabbed"), (pages[2].Number, pages[2].Text));
    }

    [Fact]
    public void Read_NotAZip_ThrowsClearMessage()
    {
        var ex = Assert.Throws<DocumentReadException>(() => _sut.Read("m.docx", Encoding.ASCII.GetBytes("not a zip at all")));

        Assert.StartsWith("m.docx:", ex.Message, StringComparison.Ordinal);
    }

    private static byte[] Docx(string body)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write($"""<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""");
        }

        return buffer.ToArray();
    }
}
