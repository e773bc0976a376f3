using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Storage.Tests.MultiInstance;

/// <summary>Teams as seen by an instance that is killed mid-post: posts like <see cref="LoggingDigestPoster"/> until its
/// post number <paramref name="hangAtPost"/>, which never reaches Teams (not logged) and never returns, so the
/// instance dies holding that row's claim.</summary>
internal sealed class HangingDigestPoster(string instance, PostLog log, int hangAtPost) : IDigestPoster
{
    private int _posts;

    /// <summary>Set when the instance posts for the first time (its run is under way).</summary>
    public TaskCompletionSource Posting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Set with the conversation whose post hangs (its row is claimed by this instance).</summary>
    public TaskCompletionSource<string> Hung { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task<DigestPostResult> PostAsync(DigestTarget target, Digest digest, CancellationToken cancellationToken)
    {
        Posting.TrySetResult();
        if (Interlocked.Increment(ref _posts) >= hangAtPost)
        {
            Hung.TrySetResult(target.ConversationId);
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        log.Posts.Enqueue((instance, target.ConversationId));
        return DigestPostResult.Posted("activity-" + target.ConversationId);
    }
}
