namespace ScrutinyBot.Core.Tests.Ingestion;

/// <summary>The sample papers shipped in the repository's samples/ folder.</summary>
internal static class SamplePapers
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var samples = Path.Combine(dir.FullName, "samples");
                if (File.Exists(Path.Combine(dir.FullName, "ScrutinyBot.sln")) && Directory.Exists(samples))
                {
                    return samples;
                }
            }

            throw new DirectoryNotFoundException("samples/ not found above the test binaries.");
        }
    }

    public static string Read(string prefix) =>
        File.ReadAllText(Directory.EnumerateFiles(Folder, prefix + "*.txt").Single());
}
