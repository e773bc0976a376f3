namespace ScrutinyBot.Core.Tests.Ingestion.Readers;

/// <summary>The shared corpus of real council PDFs, kept outside the repository at ../shared/corpus/kent (beside
/// the clone, in CI too): found by walking up from the test assembly to the folder holding ScrutinyBot.sln.</summary>
internal static class KentCorpus
{
    public static string Folder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ScrutinyBot.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException($"No ScrutinyBot.sln above {AppContext.BaseDirectory}.");
        }

        return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "corpus", "kent"));
    }
}
