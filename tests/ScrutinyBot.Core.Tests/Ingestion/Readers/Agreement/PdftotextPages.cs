using System.Diagnostics;

namespace ScrutinyBot.Core.Tests.Ingestion.Readers.Agreement;

/// <summary>Runs poppler's pdftotext once over a whole file and splits its output into pages at form feeds.</summary>
internal static class PdftotextPages
{
    public const string Missing = "pdftotext (poppler-utils) is not installed: run scripts/prerequisites.sh first.";

    public static bool IsInstalled()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, "pdftotext")));
    }

    public static IReadOnlyList<string> Read(string pdf, bool layout = false)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in layout ? new[] { "-layout", "-enc", "UTF-8", pdf, "-" } : ["-enc", "UTF-8", pdf, "-"])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException(Missing);
        var errors = process.StandardError.ReadToEndAsync();
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        _ = errors.Result;
        var pages = text.Split('\f').ToList();
        if (pages.Count > 0 && pages[^1].Length == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }
}
