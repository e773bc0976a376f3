using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ScrutinyBot.Host.Answering;

/// <summary>Writes N copies of the sample papers, copy k with every written date moved k weeks later (so each copy's
/// meetings are distinct meetings) and the copy number in its file names.</summary>
public static partial class BenchCorpus
{
    private static readonly string[] Formats = ["d MMMM yyyy", "dddd d MMMM yyyy", "dddd, d MMMM yyyy"];

    public static async Task<long> WriteAsync(string samples, string target, int copies, CancellationToken cancellationToken)
    {
        var files = Directory.EnumerateFiles(samples, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".txt" or ".md" or ".htm" or ".html")
            .Order(StringComparer.Ordinal)
            .ToList();
        long bytes = 0;
        for (var copy = 0; copy < copies; copy++)
        {
            var folder = Path.Combine(target, $"copy{copy:000}");
            Directory.CreateDirectory(folder);
            foreach (var file in files)
            {
                var text = Shift(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false), copy * 7);
                var path = Path.Combine(folder, $"copy{copy:000}-{Path.GetFileName(file)}");
                await File.WriteAllTextAsync(path, text, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
                bytes += Encoding.UTF8.GetByteCount(text);
            }
        }

        return bytes;
    }

    /// <summary>Moves "15 January 2025" and "15/01/2025" forward by <paramref name="days"/> days.</summary>
    public static string Shift(string text, int days)
    {
        if (days == 0)
        {
            return text;
        }

        text = LongDate().Replace(text, m =>
            DateOnly.TryParseExact($"{m.Groups["d"].Value} {m.Groups["m"].Value} {m.Groups["y"].Value}", "d MMMM yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date.AddDays(days).ToString("d MMMM yyyy", CultureInfo.InvariantCulture)
                : m.Value);
        return NumericDate().Replace(text, m =>
            DateOnly.TryParseExact(m.Value, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date.AddDays(days).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
                : m.Value);
    }

    [GeneratedRegex(@"\b(?<d>\d{1,2}) (?<m>January|February|March|April|May|June|July|August|September|October|November|December) (?<y>\d{4})\b")]
    private static partial Regex LongDate();

    [GeneratedRegex(@"\b\d{2}/\d{2}/\d{4}\b")]
    private static partial Regex NumericDate();
}
