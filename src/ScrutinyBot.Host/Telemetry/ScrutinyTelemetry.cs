using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ScrutinyBot.Host.Telemetry;

/// <summary>ScrutinyBot's own traces and metrics, under the name <see cref="Name"/>: turns, answers (latency, answered
/// or abstained), ingestion (documents by outcome, failures) and digest posts (by outcome). The meter comes from the
/// host's <see cref="IMeterFactory"/>, so each host (and each test host) has its own.</summary>
public sealed class ScrutinyTelemetry : IDisposable
{
    public const string Name = "ScrutinyBot";

    public ScrutinyTelemetry(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        Source = new ActivitySource(Name);
        var meter = meters.Create(Name);
        Turns = meter.CreateCounter<long>("scrutinybot.turns", "{turn}", "Activities the bot handled, by activity type.");
        AnswerDuration = meter.CreateHistogram<double>("scrutinybot.answer.duration", "s", "Time to answer one question.");
        Answers = meter.CreateCounter<long>("scrutinybot.answers", "{answer}", "Questions answered or abstained on (tag outcome).");
        IngestedDocuments = meter.CreateCounter<long>("scrutinybot.ingest.documents", "{document}", "Files ingested, by outcome (added, replaced, skipped, failed, excluded).");
        IngestFailures = meter.CreateCounter<long>("scrutinybot.ingest.failures", "{document}", "Files that failed to ingest.");
        DigestPosts = meter.CreateCounter<long>("scrutinybot.digest.posts", "{digest}", "Digest posts, by outcome (posted, gone, failed, unknown).");
    }

    public ActivitySource Source { get; }

    public Counter<long> Turns { get; }

    public Histogram<double> AnswerDuration { get; }

    public Counter<long> Answers { get; }

    public Counter<long> IngestedDocuments { get; }

    public Counter<long> IngestFailures { get; }

    public Counter<long> DigestPosts { get; }

    public void Dispose() => Source.Dispose();
}
