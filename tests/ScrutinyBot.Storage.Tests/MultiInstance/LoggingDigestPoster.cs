using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Storage.Tests.MultiInstance;

/// <summary>Stands in for Teams: records each post in the shared log and confirms it.</summary>
internal sealed class LoggingDigestPoster(string instance, PostLog log) : IDigestPoster
{
    public Task<DigestPostResult> PostAsync(DigestTarget target, Digest digest, CancellationToken cancellationToken)
    {
        log.Posts.Enqueue((instance, target.ConversationId));
        return Task.FromResult(DigestPostResult.Posted("activity-" + target.ConversationId));
    }
}
