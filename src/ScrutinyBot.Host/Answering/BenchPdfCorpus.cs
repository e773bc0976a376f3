using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Host.Answering;

/// <summary>A sample folder of PDFs for `bench`: the files are ingested as they are, once (copies of a PDF would be
/// byte-identical and skipped by the content hash, and its dates are not rewritten).</summary>
public sealed record BenchPdfCorpus(IReadOnlyList<string> Files, long Bytes)
{
    /// <summary>The folder's PDFs, or null when it holds none (then the text samples are copied and date-shifted).</summary>
    public static BenchPdfCorpus? Find(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        return files.Count == 0 ? null : new BenchPdfCorpus(files, files.Sum(f => new FileInfo(f).Length));
    }

    /// <summary>How many pages the ingested store holds.</summary>
    public static async Task<int> CountPagesAsync(SqliteConnectionFactory connections, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pages";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }
}
