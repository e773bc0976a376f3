using System.Text.Json.Nodes;

namespace ScrutinyBot.Teams.Tests.App.Manifest;

/// <summary>Finds the repository's manifests/ folder from the test's output folder.</summary>
internal static class ManifestFiles
{
    public static string Directory { get; } = Find();

    public static JsonObject Manifest() => JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, "manifest.json")))!.AsObject();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "manifests");
            if (File.Exists(Path.Combine(candidate, "manifest.json")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("manifests/manifest.json not found above " + AppContext.BaseDirectory);
    }
}
