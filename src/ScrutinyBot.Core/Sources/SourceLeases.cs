namespace ScrutinyBot.Core.Sources;

/// <summary>This host's side of the per-site leases: one holder name for the process, and the lease length.</summary>
public sealed class SourceLeases(ISourceLeaseStore store, string holder, TimeSpan duration, TimeProvider timeProvider)
{
    /// <summary>This host's name in the lease table: machine, process id and a per-start instance id.</summary>
    public string Holder => holder;

    public static string NewHolderName() =>
        $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Claims or renews the site's lease; null when it was claimed, else who holds it.</summary>
    public async Task<SourceLease?> TryClaimAsync(string site, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var lease = await store.TryClaimAsync(site, holder, now, now + duration, cancellationToken).ConfigureAwait(false);
        return string.Equals(lease.Holder, holder, StringComparison.Ordinal) ? null : lease;
    }

    public Task ReleaseAsync(string site, CancellationToken cancellationToken) => store.ReleaseAsync(site, holder, cancellationToken);
}
