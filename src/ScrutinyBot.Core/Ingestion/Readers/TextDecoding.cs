using System.Text;

namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Decodes text files: a byte-order mark wins, then strict UTF-8, then Windows-1252. Binary content is refused.</summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(string fileName, byte[] content)
    {
        var span = content.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Checked(fileName, Utf8(fileName, content, 3));
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Checked(fileName, Encoding.Unicode.GetString(content, 2, content.Length - 2));
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Checked(fileName, Encoding.BigEndianUnicode.GetString(content, 2, content.Length - 2));
        }

        if (span.IndexOf((byte)0) >= 0)
        {
            throw Binary(fileName);
        }

        try
        {
            return Checked(fileName, StrictUtf8.GetString(content));
        }
        catch (DecoderFallbackException)
        {
            var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;
            return Checked(fileName, windows1252.GetString(content));
        }
    }

    private static string Utf8(string fileName, byte[] content, int offset)
    {
        try
        {
            return StrictUtf8.GetString(content, offset, content.Length - offset);
        }
        catch (DecoderFallbackException ex)
        {
            throw new DocumentReadException($"{fileName}: the file says it is UTF-8 but is not: re-save it as UTF-8 text.", ex);
        }
    }

    private static string Checked(string fileName, string text)
    {
        var control = 0;
        foreach (var c in text)
        {
            if (c == '\0' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')))
            {
                control++;
            }
        }

        if (text.Length > 0 && (text.Contains('\0', StringComparison.Ordinal) || control > Math.Max(8, text.Length / 100)))
        {
            throw Binary(fileName);
        }

        return text;
    }

    private static DocumentReadException Binary(string fileName) =>
        new($"{fileName}: this is binary data, not text: check the file type (a PDF or Word file renamed .txt?) and ingest the original.");
}
