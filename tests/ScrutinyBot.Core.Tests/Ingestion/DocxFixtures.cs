using System.IO.Compression;

namespace ScrutinyBot.Core.Tests.Ingestion;

/// <summary>Builds minimal .docx files (just word/document.xml) from WordprocessingML body markup.</summary>
internal static class DocxFixtures
{
    public static byte[] Build(string body)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write($"""<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""");
        }

        return buffer.ToArray();
    }

    public static string Paragraph(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{System.Security.SecurityElement.Escape(text)}</w:t></w:r></w:p>";

    public static string PageBreak => "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
}
