using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Core.Tests.Digests;

/// <summary>Records posts; answers from a queue of scripted results, then Posted.</summary>
internal sealed class FakeDigestPoster(TimeProvider time) : IDigestPoster
{
    private readonly Queue<DigestPostResult> _script = new();

    public List<(DateTimeOffset At, DigestTarget Target, Digest Digest)> Attempts { get; } = [];

    public IEnumerable<(DateTimeOffset At, DigestTarget Target, Digest Digest)> Posted =>
        Attempts.Where((_, i) => i >= FailedCount);

    public int FailedCount { get; private set; }

    public void ThenAnswer(DigestPostResult result) => _script.Enqueue(result);

    public Task<DigestPostResult> PostAsync(DigestTarget target, Digest digest, CancellationToken cancellationToken)
    {
        Attempts.Add((time.GetUtcNow(), target, digest));
        if (_script.TryDequeue(out var scripted))
        {
            FailedCount += scripted.Outcome == DigestPostOutcome.Posted ? 0 : 1;
            return Task.FromResult(scripted);
        }

        return Task.FromResult(DigestPostResult.Posted("activity-" + Attempts.Count));
    }
}
