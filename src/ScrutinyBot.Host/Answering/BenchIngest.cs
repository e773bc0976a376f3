using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Ingestion;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Host.Answering;

/// <summary>The bench's ingestion. With no embedding model: every copy through the real pipeline (one `ingest:` line).
/// With one: the first copy through the whole pipeline, vectors included (`ingest with vectors:`), then the other
/// copies through the same pipeline without the vector step (`ingest:`), then those copies are given their original's
/// vectors (`vectors:`), as the output says.</summary>
public static class BenchIngest
{
    /// <returns>How many files failed.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, string corpus, long bytes, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        var pipeline = services.GetRequiredService<IIngestionPipeline>();
        if (!services.GetRequiredService<ITextEmbedder>().IsEnabled)
        {
            return await IngestAsync(pipeline, corpus, bytes, "ingest", output, cancellationToken).ConfigureAwait(false);
        }

        var connections = services.GetRequiredService<SqliteConnectionFactory>();
        var first = Directory.GetDirectories(corpus).Order(StringComparer.Ordinal).First();
        var firstBytes = Directory.EnumerateFiles(first).Sum(f => new FileInfo(f).Length);
        var stopwatch = Stopwatch.StartNew();
        var failed = await IngestAsync(pipeline, first, firstBytes, "ingest with vectors (first copy only)", output, cancellationToken).ConfigureAwait(false);
        var chunks = await CountChunksAsync(connections, cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"embedding: {chunks} chunks of the first copy, {chunks / stopwatch.Elapsed.TotalSeconds:F1} chunks/s ingested with vectors")).ConfigureAwait(false);

        var keywordsOnly = new IngestionPipeline(
            services.GetRequiredService<DocumentIngestor>(), services.GetRequiredService<IDocumentStore>(), services.GetRequiredService<ILogger<IngestionPipeline>>());
        failed += await IngestAsync(keywordsOnly, corpus, bytes - firstBytes, "ingest", output, cancellationToken).ConfigureAwait(false);

        stopwatch.Restart();
        var copied = await BenchVectors.CopyFromOriginalsAsync(connections, cancellationToken).ConfigureAwait(false);
        var without = await CountChunksAsync(connections, cancellationToken, "embedding IS NULL").ConfigureAwait(false);
        using var process = Process.GetCurrentProcess();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"vectors: the other copies were not embedded; {copied} of their chunks were given the vector of the same chunk of the first copy in {stopwatch.Elapsed.TotalSeconds:F1} s ({without} chunks left BM25-only); peak working set so far {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB")).ConfigureAwait(false);
        return failed;
    }

    private static async Task<int> IngestAsync(IIngestionPipeline pipeline, string path, long bytes, string label, TextWriter output, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var summary = await pipeline.IngestAsync([path], null, cancellationToken).ConfigureAwait(false);
        stopwatch.Stop();
        var files = summary.Added + summary.Replaced;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {summary} in {stopwatch.Elapsed.TotalSeconds:F1} s = {files / stopwatch.Elapsed.TotalSeconds:F2} files/s, {bytes / 1024.0 / 1024.0 / stopwatch.Elapsed.TotalSeconds:F2} MB/s")).ConfigureAwait(false);
        return summary.Failed;
    }

    private static async Task<long> CountChunksAsync(SqliteConnectionFactory connections, CancellationToken cancellationToken, string where = "1")
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM chunks WHERE {where}";
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }
}
