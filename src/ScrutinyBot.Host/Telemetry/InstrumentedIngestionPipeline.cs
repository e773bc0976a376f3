using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Ingestion;

namespace ScrutinyBot.Host.Telemetry;

/// <summary>Counts every ingested file by outcome, and the failures, inside an "ingest" span (command line, watched
/// folder and council-site syncs all ingest through the pipeline).</summary>
internal sealed class InstrumentedIngestionPipeline(IIngestionPipeline inner, ScrutinyTelemetry telemetry) : IIngestionPipeline
{
    public async Task<IngestionSummary> IngestAsync(IReadOnlyList<string> paths, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        using var span = telemetry.Source.StartActivity("ingest");
        var summary = await inner.IngestAsync(paths, progress, cancellationToken).ConfigureAwait(false);
        foreach (var group in summary.Outcomes.GroupBy(o => o.Status))
        {
            telemetry.IngestedDocuments.Add(group.Count(), new KeyValuePair<string, object?>("outcome", group.Key.ToString().ToLowerInvariant()));
        }

        if (summary.Failed > 0)
        {
            telemetry.IngestFailures.Add(summary.Failed);
        }

        span?.SetTag("scrutinybot.ingest.files", summary.Outcomes.Count);
        span?.SetTag("scrutinybot.ingest.failed", summary.Failed);
        return summary;
    }

    public Task<StoredDocument?> ForgetAsync(string pathOrId, CancellationToken cancellationToken) =>
        inner.ForgetAsync(pathOrId, cancellationToken);
}
