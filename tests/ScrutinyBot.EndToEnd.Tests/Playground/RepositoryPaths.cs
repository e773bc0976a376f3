namespace ScrutinyBot.EndToEnd.Tests.Playground;

/// <summary>Finds the repository root (the folder holding ScrutinyBot.sln) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string PlaygroundBin => Path.Combine(Root, "demo", "node_modules", ".bin", "agentsplayground");

    /// <summary>Preloaded into the Playground so it listens on 127.0.0.1 only.</summary>
    public static string LoopbackPreload => Path.Combine(Root, "demo", "loopback-only.cjs");

    public static string ScreenshotDirectory => Path.Combine(Root, "artifacts", "screenshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ScrutinyBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ScrutinyBot.sln not found above " + AppContext.BaseDirectory);
    }
}
