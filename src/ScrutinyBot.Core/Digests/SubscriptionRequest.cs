namespace ScrutinyBot.Core.Digests;

/// <summary>What a subscribe command asked for.</summary>
public sealed record SubscriptionRequest(DigestSchedule Schedule, IReadOnlyList<string> Committees);
