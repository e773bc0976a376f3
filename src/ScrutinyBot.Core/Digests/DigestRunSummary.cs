namespace ScrutinyBot.Core.Digests;

/// <summary>What one scheduler run did.</summary>
public sealed record DigestRunSummary(int Queued, int Posted, int Failed);
