namespace ScrutinyBot.Core.Digests;

/// <summary>The reply to a subscription command: a title and lines to show the user.</summary>
public sealed record SubscriptionReply(bool Succeeded, string Title, IReadOnlyList<string> Lines);
