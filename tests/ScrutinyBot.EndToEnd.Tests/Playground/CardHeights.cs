namespace ScrutinyBot.EndToEnd.Tests.Playground;

/// <summary>The rendered size of each card measured, written beside the screenshots (artifacts/screenshots/card-heights.txt).</summary>
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
            Directory.CreateDirectory(RepositoryPaths.ScreenshotDirectory);
            var line = FormattableString.Invariant($"{card}: {height:0} px tall at {width:0} px wide\n");
            await File.AppendAllTextAsync(Path.Combine(RepositoryPaths.ScreenshotDirectory, "card-heights.txt"), line);
        }
        finally
        {
            Gate.Release();
        }
    }
}
