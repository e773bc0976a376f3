using System.Globalization;
using Microsoft.Extensions.Options;

namespace ScrutinyBot.Core.Digests;

/// <summary>subscribe / subscriptions / unsubscribe / digest now, for any chat face. One subscription per conversation:
/// subscribing again replaces its schedule and filter and lifts a pause. "subscribe" alone means daily at 09:00.</summary>
public sealed class SubscriptionCommands(
    ISubscriptionStore store,
    DigestRunner runner,
    IOptions<DigestsOptions> options,
    TimeProvider time) : ISubscriptionCommands
{
    public const string Usage = "subscribe [daily|weekly|monthly] [at HH:MM] [on <weekday>|on the <day>] [committee names, comma separated]";

    public async Task<SubscriptionReply> SubscribeAsync(DigestTarget target, string arguments, CancellationToken cancellationToken)
    {
        if (!SubscriptionRequestParser.TryParse(arguments, out var request, out var error))
        {
            return new SubscriptionReply(false, "Not subscribed", [error, "Usage: " + Usage]);
        }

        var now = time.GetUtcNow();
        var existing = await store.FindByConversationAsync(target.ConversationId, cancellationToken).ConfigureAwait(false);
        var subscription = new Subscription(
            existing?.Id ?? NewId(), target.ConversationId, target.ReferenceJson, request.Schedule, request.Committees,
            existing?.LastDigestAt, now, null, existing?.CreatedAt ?? now);
        await store.SaveAsync(subscription, cancellationToken).ConfigureAwait(false);
        return new SubscriptionReply(true, existing is null ? "Subscribed to digests" : "Digest subscription updated", Describe(subscription, now));
    }

    public async Task<SubscriptionReply> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        var subscription = await store.FindByConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return subscription is null
            ? new SubscriptionReply(true, "No digest subscription", ["This conversation gets no digests. Type \"subscribe\" for a daily digest at 09:00.", "Usage: " + Usage])
            : new SubscriptionReply(true, "Digest subscription", Describe(subscription, time.GetUtcNow()));
    }

    public async Task<SubscriptionReply> UnsubscribeAsync(string conversationId, CancellationToken cancellationToken)
    {
        var removed = await store.DeleteByConversationAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return removed
            ? new SubscriptionReply(true, "Unsubscribed", ["This conversation will get no more digests."])
            : new SubscriptionReply(false, "No digest subscription", ["This conversation had no digest subscription."]);
    }

    public async Task<SubscriptionReply> PostNowAsync(DigestTarget target, CancellationToken cancellationToken)
    {
        var (digest, result) = await runner.PostNowAsync(target, cancellationToken).ConfigureAwait(false);
        var counts = string.Create(
            CultureInfo.InvariantCulture,
            $"{digest.NewResolutions.Count} new resolution(s), {digest.Overdue.Count} overdue, {digest.AwaitingFullResponse.Count} awaiting a full response, {digest.DueSoon.Count} due soon.");
        return result.Outcome switch
        {
            DigestPostOutcome.Posted => new SubscriptionReply(true, "Digest posted", [$"Digest as of {digest.AsOf:yyyy-MM-dd}: {counts}"]),
            DigestPostOutcome.Gone => new SubscriptionReply(false, "Digest not posted", [result.Reason ?? "The bot cannot post here."]),
            _ => new SubscriptionReply(false, "Digest not posted yet", ["Posting failed; it will be retried on the next scheduler run."]),
        };
    }

    private List<string> Describe(Subscription subscription, DateTimeOffset now)
    {
        var zone = options.Value.FindTimeZone();
        var lines = new List<string>
        {
            $"Subscription {subscription.Id}: {subscription.Schedule.Describe()} ({zone.Id}).",
            "Committees: " + (subscription.Committees.Count == 0 ? "all" : string.Join(", ", subscription.Committees)) + ".",
        };
        if (subscription.PausedReason is not null)
        {
            lines.Add("Paused: " + subscription.PausedReason + " Type \"subscribe\" again to resume.");
        }
        else
        {
            var next = subscription.Schedule.NextAfter(Max(now, subscription.LastPeriod ?? subscription.CreatedAt), zone);
            lines.Add("Next digest: " + (next is null ? "none scheduled" : DigestPeriods.DescribeLocal(next.Value, zone)) + ".");
        }

        if (subscription.LastDigestAt is { } last)
        {
            lines.Add("Last digest: " + DigestPeriods.DescribeLocal(last, zone) + ".");
        }

        return lines;
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static string NewId() => Guid.NewGuid().ToString("N")[..8];
}
