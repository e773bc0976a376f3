namespace ScrutinyBot.Core.Digests;

/// <summary>The lease on a claimed outbox row: an instance that claims a row has <see cref="DigestsOptions.OutboxLease"/>
/// to get Teams' answer and record it; after that the row is taken back and any instance may claim and post it.</summary>
public static class OutboxLease
{
    /// <summary>The reason recorded on a row taken back from an instance that stopped holding it.</summary>
    public const string TakenOver =
        "Taken over: the instance that claimed it stopped before Teams confirmed the post; posted again by the next instance to claim it.";
}
