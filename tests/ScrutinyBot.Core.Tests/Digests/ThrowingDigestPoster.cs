using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Core.Tests.Digests;

/// <summary>A poster that throws after (perhaps) reaching Teams, as a bug in a face could.</summary>
internal sealed class ThrowingDigestPoster : IDigestPoster
{
    public int Calls { get; private set; }

    public Task<DigestPostResult> PostAsync(DigestTarget target, Digest digest, CancellationToken cancellationToken)
    {
        Calls++;
        throw new InvalidOperationException("The card could not be built after sending.");
    }
}
