using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ScrutinyBot.Host.Packaging;

/// <summary>Writes the Teams app package: manifest.json with its ${{NAME}} placeholders filled, plus the two icons.</summary>
public static class AppPackageWriter
{
    public const string ManifestFile = "manifest.json";
    public static readonly IReadOnlyList<string> IconFiles = ["color.png", "outline.png"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <param name="values">Placeholder values by name (TEAMS_APP_ID, BOT_ID, BOT_DOMAIN). validDomains entries
    /// whose placeholder has no value are dropped; any other placeholder left unfilled is an error.</param>
    public static void Write(string manifestDirectory, string outputPath, IReadOnlyDictionary<string, string> values)
    {
        var manifestPath = Path.Combine(manifestDirectory, ManifestFile);
        if (!File.Exists(manifestPath))
        {
            throw new FileNotFoundException($"No {ManifestFile} in {manifestDirectory}.", manifestPath);
        }

        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath)) as JsonObject
            ?? throw new InvalidDataException($"{manifestPath} is not a JSON object.");
        if (manifest["validDomains"] is JsonArray domains)
        {
            foreach (var unfilled in domains.Where(d => Fill(d?.GetValue<string>() ?? string.Empty, values).Contains("${{", StringComparison.Ordinal)).ToList())
            {
                domains.Remove(unfilled);
            }
        }

        var text = Fill(manifest.ToJsonString(Indented), values);
        var start = text.IndexOf("${{", StringComparison.Ordinal);
        if (start >= 0)
        {
            var end = text.IndexOf("}}", start, StringComparison.Ordinal);
            throw new InvalidDataException($"The manifest still has the placeholder {text[start..(end + 2)]}: give it a value.");
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(outputPath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var zip = ZipFile.Open(outputPath, ZipArchiveMode.Create);
        var entry = zip.CreateEntry(ManifestFile, CompressionLevel.Optimal);
        using (var writer = new StreamWriter(entry.Open()))
        {
            writer.Write(text);
        }

        foreach (var icon in IconFiles)
        {
            zip.CreateEntryFromFile(Path.Combine(manifestDirectory, icon), icon, CompressionLevel.Optimal);
        }
    }

    private static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        values.Aggregate(text, (current, pair) => current.Replace("${{" + pair.Key + "}}", pair.Value, StringComparison.Ordinal));
}
