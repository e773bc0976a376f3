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
    public void Read_ContentControls_KeepsTheirParagraphs()
    {
        var docx = Docx("<w:sdt><w:sdtContent><w:p><w:r><w:t>Inside a content control</w:t></w:r></w:p></w:sdtContent></w:sdt><w:p><w:r><w:t>After</w:t></w:r></w:p>");

        var page = Assert.Single(_sut.Read("m.docx", docx));

        Assert.Equal("Inside a content control\nAfter", page.Text);
    }

    [Fact]
    public void Read_NotAZip_ThrowsClearMessage()
    {
        var ex = Assert.Throws<DocumentReadException>(() => _sut.Read("m.docx", Encoding.ASCII.GetBytes("not a zip at all")));

        Assert.StartsWith("m.docx:", ex.Message, StringComparison.Ordinal);
    }

    private static byte[] Docx(string body) => DocxFixtures.Build(body);
}
