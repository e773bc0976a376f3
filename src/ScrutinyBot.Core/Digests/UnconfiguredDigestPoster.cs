namespace ScrutinyBot.Core.Digests;

/// <summary>The poster when no chat face registered one: every post fails (and is retried), nothing is lost.</summary>
public sealed class UnconfiguredDigestPoster : IDigestPoster
{
    public Task<DigestPostResult> PostAsync(DigestTarget target, Digest digest, CancellationToken cancellationToken) =>
        Task.FromResult(DigestPostResult.Failed("No chat connector is configured to post digests."));
}
