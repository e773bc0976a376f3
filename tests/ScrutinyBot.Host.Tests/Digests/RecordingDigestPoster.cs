using System.Collections.Concurrent;
using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Host.Tests.Digests;

internal sealed class RecordingDigestPoster : IDigestPoster
{
    public ConcurrentQueue<(DigestTarget Target, Digest Digest)> Posts { get; } = new();

    public Task<DigestPostResult> PostAsync(DigestTarget target, Digest digest, CancellationToken cancellationToken)
    {
        Posts.Enqueue((target, digest));
        return Task.FromResult(DigestPostResult.Posted("activity-" + Posts.Count));
    }

    public async Task<bool> WaitForAsync(int count, int timeoutMs = 10_000)
    {
        for (var i = 0; i < timeoutMs / 50 && Posts.Count < count; i++)
        {
            await Task.Delay(50);
        }

        return Posts.Count >= count;
    }
}
