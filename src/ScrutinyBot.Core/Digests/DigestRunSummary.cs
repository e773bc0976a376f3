namespace ScrutinyBot.Core.Digests;

/// <summary>What one scheduler run did.</summary>
/// <param name="Failed">Digests that provably did not reach Teams (retried on a later run, or paused as gone).</param>
/// <param name="Unknown">Digests Teams did not confirm and that may have been posted: not re-sent.</param>
public sealed record DigestRunSummary(int Queued, int Posted, int Failed, int Unknown = 0);
