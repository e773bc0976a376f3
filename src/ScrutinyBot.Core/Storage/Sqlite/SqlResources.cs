using System.Reflection;

namespace ScrutinyBot.Core.Storage.Sqlite;

/// <summary>Reads SQL scripts embedded in this assembly.</summary>
internal static class SqlResources
{
    public static string Read(string fileName)
    {
        var assembly = typeof(SqlResources).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("." + fileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
