namespace ScrutinyBot.Host.Tests.Sources;

/// <summary>Real council papers from ../shared/corpus/kent (beside the repository), served by the stand-in.</summary>
internal static class KentPapers
{
    public const string Motion = "full_council_2025-03-13_Green Independents Group - MTLD - 13 March.pdf";

    public const string Mrp = "cabinet_2025-01-30_Appendix O - MRP.pdf";

    public const string Glossary = "full_council_2025-03-13_Appendix 2 - Glossary of Terms 2024-25.pdf";

    public static byte[] Read(string fileName) => File.ReadAllBytes(Path.Combine(Folder(), fileName));

    private static string Folder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ScrutinyBot.sln")))
        {
            directory = directory.Parent;
        }

        return Path.GetFullPath(Path.Combine(directory?.FullName ?? throw new DirectoryNotFoundException("ScrutinyBot.sln not found above the tests"), "..", "shared", "corpus", "kent"));
    }
}
