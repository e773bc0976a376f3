using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Host.Telemetry;

/// <summary>Counts digest posts by outcome (posted, gone, failed, unknown), inside a "digest.post" span.</summary>
internal sealed class InstrumentedDigestPoster(IDigestPoster inner, ScrutinyTelemetry telemetry) : IDigestPoster
{
    public async Task<DigestPostResult> PostAsync(DigestTarget target, Digest digest, CancellationToken cancellationToken)
    {
        using var span = telemetry.Source.StartActivity("digest.post");
        var result = await inner.PostAsync(target, digest, cancellationToken).ConfigureAwait(false);
        var outcome = result.Outcome.ToString().ToLowerInvariant();
        telemetry.DigestPosts.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
        span?.SetTag("scrutinybot.digest.outcome", outcome);
        return result;
    }
}
