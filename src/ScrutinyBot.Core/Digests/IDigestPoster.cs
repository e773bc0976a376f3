namespace ScrutinyBot.Core.Digests;

/// <summary>Posts a digest to a conversation (the Teams face implements it as a proactive Adaptive Card).</summary>
public interface IDigestPoster
{
    /// <returns>Posted with the message id, Gone when the bot can no longer post there (403/404), or Failed
    /// (transient: retried on the next scheduler tick).</returns>
    Task<DigestPostResult> PostAsync(DigestTarget target, Digest digest, CancellationToken cancellationToken);
}
