namespace ScrutinyBot.EndToEnd.Tests.Playground;

/// <summary>The rendered size of each card measured, written beside the screenshots (artifacts/screenshots/card-heights.txt),
/// one line per card.</summary>
internal static class CardHeights
{
    /// <summary>About one phone screen: the most a card may measure at 480 px window width.</summary>
    public const double PhoneScreenBudget = 1_500;

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task RecordAsync(string card, double width, double height)
    {
        await Gate.WaitAsync();
        try
        {
            // One line per card, the latest measurement, so the file reads the same after any number of runs.
            Directory.CreateDirectory(RepositoryPaths.ScreenshotDirectory);
            var path = Path.Combine(RepositoryPaths.ScreenshotDirectory, "card-heights.txt");
            var lines = File.Exists(path) ? await File.ReadAllLinesAsync(path) : [];
            var kept = lines.Where(l => l.Length > 0 && !l.StartsWith(card + ":", StringComparison.Ordinal));
            var line = FormattableString.Invariant($"{card}: {height:0} px tall at {width:0} px wide");
            await File.WriteAllLinesAsync(path, kept.Append(line).Order(StringComparer.Ordinal));
        }
        finally
        {
            Gate.Release();
        }
    }
}
