using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Storage.Tests.Contracts;

/// <summary>Subscriptions and outbox rows for the digest contracts.</summary>
internal static class DigestFixtures
{
    public static readonly DateTimeOffset Created = new(2025, 1, 6, 9, 0, 0, TimeSpan.Zero);

    public static Subscription Subscription(string id, string conversation, DigestSchedule? schedule = null) =>
        new(id, conversation, "{\"conversation\":{\"id\":\"" + conversation + "\"}}", schedule ?? DigestSchedule.Default,
            ["Audit Committee"], null, null, null, Created);

    public static OutboxEntry Entry(Subscription subscription, string period, DateTimeOffset createdAt, string status = OutboxStatus.Pending) =>
        new(subscription.Id, period, subscription.Target, new Digest(DateOnly.FromDateTime(createdAt.UtcDateTime), [], [], [], []),
            status, 0, createdAt, null, null, null);
}
