using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ScrutinyBot.Core.Digests;

/// <summary>One scheduler run: queue a digest for each subscription with an occurrence due (only the latest one when
/// several were missed), then post every unsent outbox row at most once as Teams sees it. Runs are serialised in this
/// process; rows are claimed atomically so two processes never post the same row. A claim is a lease
/// (<see cref="DigestsOptions.OutboxLease"/>): a row whose holder stopped before recording Teams' answer is taken back
/// and posted by whichever instance claims it next. A row is tried again only when the poster says it provably did not
/// land (Failed); a post Teams did not confirm to a running host (Unknown) is never re-sent, and as the cursor moves
/// only on a confirmed post, the next digest repeats its items and says so.</summary>
public sealed partial class DigestRunner(
    ISubscriptionStore subscriptions,
    IDigestOutbox outbox,
    DigestComposer composer,
    IDigestPoster poster,
    IOptions<DigestsOptions> options,
    TimeProvider time,
    ILogger<DigestRunner> logger)
{
    /// <summary>After this many attempts a row is abandoned.</summary>
    public const int MaxAttempts = 10;

    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<DigestRunSummary> RunDueAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            var released = await outbox.ReleaseExpiredClaimsAsync(now - options.Value.OutboxLease, cancellationToken).ConfigureAwait(false);
            if (released > 0)
            {
                LogTakenOver(released, options.Value.OutboxLease);
            }

            var zone = options.Value.FindTimeZone();
            var queued = 0;
            foreach (var subscription in await subscriptions.ListAsync(cancellationToken).ConfigureAwait(false))
            {
                try
                {
                    queued += await EnqueueDueAsync(subscription, now, zone, cancellationToken).ConfigureAwait(false) ? 1 : 0;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogComposeFailed(subscription.Id, ex);
                }
            }

            var tally = new DigestRunSummary(queued, 0, 0);
            foreach (var entry in await outbox.UnsentAsync(cancellationToken).ConfigureAwait(false))
            {
                tally = Count(tally, await SendAsync(entry, cancellationToken).ConfigureAwait(false));
            }

            return tally;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Posts a digest now to every active subscription, outside its schedule (for demos and the end-to-end
    /// test), each through the outbox with its own "manual" period; then retries other unsent rows.</summary>
    public async Task<DigestRunSummary> RunAllNowAsync(CancellationToken cancellationToken)
    {
        var now = new DigestRunSummary(0, 0, 0);
        foreach (var subscription in await subscriptions.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            if (subscription.PausedReason is null)
            {
                var (_, result) = await PostNowAsync(subscription.Target, cancellationToken).ConfigureAwait(false);
                now = Count(now with { Queued = now.Queued + 1 }, result);
            }
        }

        var rest = await RunDueAsync(cancellationToken).ConfigureAwait(false);
        return new DigestRunSummary(rest.Queued + now.Queued, rest.Posted + now.Posted, rest.Failed + now.Failed, rest.Unknown + now.Unknown);
    }

    /// <summary>Composes and posts a digest to <paramref name="target"/> now, with the conversation's subscription
    /// filter and cursor when it has one. Goes through the outbox like a scheduled digest.</summary>
    public async Task<(Digest Digest, DigestPostResult Result)> PostNowAsync(DigestTarget target, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetUtcNow();
            var subscription = await subscriptions.FindByConversationAsync(target.ConversationId, cancellationToken).ConfigureAwait(false);
            var zone = options.Value.FindTimeZone();
            var id = subscription?.Id ?? "conversation:" + target.ConversationId;
            var digest = await composer.ComposeAsync(
                DigestPeriods.LocalDate(now, zone), subscription?.Committees ?? [], subscription?.LastDigestAt, cancellationToken,
                await PreviousUnknownAsync(id, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            var entry = new OutboxEntry(id, DigestPeriods.Manual(now), target, digest, OutboxStatus.Pending, 0, now, null, null, null);
            await outbox.EnqueueAsync(entry, null, cancellationToken).ConfigureAwait(false);
            var result = await SendAsync(entry, cancellationToken).ConfigureAwait(false)
                ?? DigestPostResult.Failed("The digest is already being posted.");
            return (digest, result);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<bool> EnqueueDueAsync(Subscription subscription, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        if (subscription.PausedReason is not null)
        {
            return false;
        }

        var period = subscription.Schedule.LatestBetween(subscription.LastPeriod ?? subscription.CreatedAt, now, zone);
        if (period is null)
        {
            return false;
        }

        var digest = await composer.ComposeAsync(
            DigestPeriods.LocalDate(now, zone), subscription.Committees, subscription.LastDigestAt, cancellationToken,
            await PreviousUnknownAsync(subscription.Id, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        var skip = digest.IsEmpty && !options.Value.PostWhenEmpty;
        var entry = new OutboxEntry(
            subscription.Id, DigestPeriods.Scheduled(period.Value), subscription.Target, digest,
            skip ? OutboxStatus.Empty : OutboxStatus.Pending, 0, now, null, null, null);
        var added = await outbox.EnqueueAsync(entry, period, cancellationToken).ConfigureAwait(false);
        if (added)
        {
            LogQueued(subscription.Id, entry.Period, skip);
        }

        return added && !skip;
    }

    private async Task<bool> PreviousUnknownAsync(string subscriptionId, CancellationToken cancellationToken) =>
        await outbox.LastSettledStatusAsync(subscriptionId, cancellationToken).ConfigureAwait(false) == OutboxStatus.Unknown;

    private static DigestRunSummary Count(DigestRunSummary tally, DigestPostResult? result) => result?.Outcome switch
    {
        DigestPostOutcome.Posted => tally with { Posted = tally.Posted + 1 },
        DigestPostOutcome.Unknown => tally with { Unknown = tally.Unknown + 1 },
        null => tally,
        _ => tally with { Failed = tally.Failed + 1 },
    };

    /// <returns>Null when the row was not claimed (another run holds or finished it).</returns>
    private async Task<DigestPostResult?> SendAsync(OutboxEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Attempts >= MaxAttempts)
        {
            await outbox.MarkAsync(entry.SubscriptionId, entry.Period, OutboxStatus.Abandoned, entry.LastError, cancellationToken).ConfigureAwait(false);
            LogAbandoned(entry.SubscriptionId, entry.Period, entry.Attempts);
            return null;
        }

        if (!await outbox.ClaimAsync(entry.SubscriptionId, entry.Period, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        DigestPostResult result;
        try
        {
            result = await poster.PostAsync(entry.Target, entry.Digest, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The poster threw after the row was claimed: the post may have gone out, so it is not re-sent.
            LogPostFailed(entry.SubscriptionId, entry.Period, ex);
            result = DigestPostResult.Unknown("Posting the digest failed part-way; it is not re-sent, the next digest repeats its items.");
        }

        switch (result.Outcome)
        {
            case DigestPostOutcome.Posted:
                await outbox.MarkSentAsync(entry.SubscriptionId, entry.Period, result.ActivityId, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                LogPosted(entry.SubscriptionId, entry.Period, result.ActivityId);
                break;
            case DigestPostOutcome.Gone:
                var reason = result.Reason ?? "The bot can no longer post in this conversation.";
                await outbox.MarkAsync(entry.SubscriptionId, entry.Period, OutboxStatus.Gone, reason, CancellationToken.None).ConfigureAwait(false);
                await subscriptions.PauseAsync(entry.SubscriptionId, reason, CancellationToken.None).ConfigureAwait(false);
                LogPaused(entry.SubscriptionId, reason);
                break;
            case DigestPostOutcome.Unknown:
                await outbox.MarkAsync(entry.SubscriptionId, entry.Period, OutboxStatus.Unknown, result.Reason, CancellationToken.None).ConfigureAwait(false);
                LogUnknown(entry.SubscriptionId, entry.Period, result.Reason);
                break;
            default:
                await outbox.MarkAsync(entry.SubscriptionId, entry.Period, OutboxStatus.Failed, result.Reason, CancellationToken.None).ConfigureAwait(false);
                LogRetryLater(entry.SubscriptionId, entry.Period, entry.Attempts + 1, result.Reason);
                break;
        }

        return result;
    }

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Digest queued for subscription {SubscriptionId} period {Period} (empty, not posted: {Skipped})")]
    private partial void LogQueued(string subscriptionId, string period, bool skipped);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Digest posted for subscription {SubscriptionId} period {Period} as activity {ActivityId}")]
    private partial void LogPosted(string subscriptionId, string period, string? activityId);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Digest for subscription {SubscriptionId} period {Period} failed on attempt {Attempt}, retried next run: {Reason}")]
    private partial void LogRetryLater(string subscriptionId, string period, int attempt, string? reason);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Subscription {SubscriptionId} paused: {Reason}")]
    private partial void LogPaused(string subscriptionId, string reason);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Error, Message = "Posting the digest for subscription {SubscriptionId} period {Period} threw")]
    private partial void LogPostFailed(string subscriptionId, string period, Exception exception);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Error, Message = "Composing the digest for subscription {SubscriptionId} failed")]
    private partial void LogComposeFailed(string subscriptionId, Exception exception);

    [LoggerMessage(EventId = 5007, Level = LogLevel.Warning, Message = "{Count} digest(s) claimed by an instance that stopped (lease {Lease} passed) are taken over and will be posted again")]
    private partial void LogTakenOver(int count, TimeSpan lease);

    [LoggerMessage(EventId = 5009, Level = LogLevel.Warning, Message = "Digest for subscription {SubscriptionId} period {Period} was not confirmed by Teams and may have been posted; not re-sent, its items go into the next digest: {Reason}")]
    private partial void LogUnknown(string subscriptionId, string period, string? reason);

    [LoggerMessage(EventId = 5008, Level = LogLevel.Error, Message = "Digest for subscription {SubscriptionId} period {Period} abandoned after {Attempts} attempts")]
    private partial void LogAbandoned(string subscriptionId, string period, int attempts);
}
