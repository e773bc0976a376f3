namespace ScrutinyBot.Core.Ingestion;

/// <summary>Expands the paths given to ingest: files as given, folders recursively (supported extensions only,
/// in name order). Paths that do not exist are returned as missing.</summary>
public static class IngestionFileFinder
{
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Find(
        IEnumerable<string> paths, IReadOnlySet<string> supportedExtensions)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
                foreach (var file in Directory.EnumerateFiles(path, "*", options)
                             .Where(f => supportedExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                             .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))
                             .Order(StringComparer.Ordinal))
                {
                    Add(Path.GetFullPath(file));
                }
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files, missing);

        void Add(string file)
        {
            if (seen.Add(file))
            {
                files.Add(file);
            }
        }
    }
}
