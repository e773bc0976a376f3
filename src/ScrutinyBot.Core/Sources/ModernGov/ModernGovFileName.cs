namespace ScrutinyBot.Core.Sources.ModernGov;

/// <summary>The local file name of a downloaded paper: the document id, then the name the site gives it, made safe,
/// with an extension from the content type when the address has none.</summary>
internal static class ModernGovFileName
{
    private const int MaxLength = 120;

    private static readonly HashSet<string> KnownExtensions = new(StringComparer.OrdinalIgnoreCase) { ".pdf", ".docx", ".html", ".htm", ".txt", ".md" };

    /// <summary>The folder name for a meeting: its id with anything but letters and digits dropped, so an id from the
    /// site can never climb out of the download folder.</summary>
    public static string MeetingFolder(string meetingId)
    {
        var safe = new string(meetingId.Where(char.IsAsciiLetterOrDigit).ToArray());
        return safe.Length == 0 ? "meeting" : safe;
    }

    public static string For(ModernGovDocument document, Uri uri, string? contentType)
    {
        var name = Uri.UnescapeDataString(uri.Segments[^1]);
        if (string.IsNullOrWhiteSpace(Path.GetFileNameWithoutExtension(name)) || Path.GetExtension(name).ToLowerInvariant() is ".aspx" or ".asp" or ".ashx")
        {
            name = string.IsNullOrWhiteSpace(document.Title) ? "paper" : document.Title;
        }

        if (!KnownExtensions.Contains(Path.GetExtension(name)))
        {
            name += contentType switch
            {
                "application/pdf" => ".pdf",
                "text/html" => ".html",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => ".docx",
                _ => ".txt",
            };
        }

        var invalid = Path.GetInvalidFileNameChars();
        var safe = new string(name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray());
        var prefix = string.IsNullOrWhiteSpace(document.Id) ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(uri.AbsoluteUri)))[..12] : document.Id;
        var full = $"{new string(prefix.Where(char.IsAsciiLetterOrDigit).ToArray())}-{safe}";
        return full.Length <= MaxLength ? full : full[..(MaxLength - Path.GetExtension(safe).Length)] + Path.GetExtension(safe);
    }
}
