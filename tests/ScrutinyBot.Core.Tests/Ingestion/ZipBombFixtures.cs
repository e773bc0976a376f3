using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace ScrutinyBot.Core.Tests.Ingestion;

/// <summary>Hostile .docx files: a text part that expands far beyond its compressed size (optionally with the zip's
/// size fields lying about it), and a zip that claims a huge number of entries.</summary>
internal static class ZipBombFixtures
{
    private static readonly byte[] Head = Encoding.UTF8.GetBytes(
        """<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>""");

    private static readonly byte[] Tail = Encoding.UTF8.GetBytes("</w:t></w:r></w:p></w:body></w:document>");

    /// <summary>A .docx whose word/document.xml is one paragraph of <paramref name="expandedBytes"/> letters.</summary>
    /// <param name="lieAboutSize">Writes a 1 KB uncompressed size into the zip headers (the zip reader or the reader's
    /// own count must find it out).</param>
    public static byte[] Docx(long expandedBytes, bool lieAboutSize = false)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            part.Write(Head);
            var chunk = new byte[1024 * 1024];
            chunk.AsSpan().Fill((byte)'A');
            for (var left = expandedBytes; left > 0; left -= chunk.Length)
            {
                part.Write(chunk, 0, (int)Math.Min(chunk.Length, left));
            }

            part.Write(Tail);
        }

        var bytes = buffer.ToArray();
        return lieAboutSize ? WithSmallSizes(bytes) : bytes;
    }

    /// <summary>A real one-entry zip whose end record claims <paramref name="entries"/> entries.</summary>
    public static byte[] ClaimingEntries(ushort entries)
    {
        var bytes = DocxFixtures.Build(DocxFixtures.Paragraph("Minutes"));
        var end = LastIndexOf(bytes, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(end + 8), entries);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(end + 10), entries);
        return bytes;
    }

    private static byte[] WithSmallSizes(byte[] bytes)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(22), 1024);
        var central = LastIndexOf(bytes, 0x02014b50);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(central + 24), 1024);
        return bytes;
    }

    private static int LastIndexOf(byte[] bytes, uint signature)
    {
        for (var at = bytes.Length - 4; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) == signature)
            {
                return at;
            }
        }

        throw new InvalidDataException("signature not found");
    }
}
