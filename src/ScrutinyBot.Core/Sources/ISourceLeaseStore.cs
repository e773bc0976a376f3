namespace ScrutinyBot.Core.Sources;

/// <summary>A lease per site in the store, so that hosts sharing one store never sync the same site at once: a host
/// claims it with an expiry, renews it while it works, and releases it when done; an expired lease is taken over.</summary>
public interface ISourceLeaseStore
{
    /// <summary>Claims (or renews) the site's lease for <paramref name="holder"/> until <paramref name="expires"/>,
    /// when it is free, expired at <paramref name="now"/>, or already this holder's. Returns the lease as it stands
    /// after the attempt: its holder is <paramref name="holder"/> only when the claim succeeded. A new holder's claim
    /// records <paramref name="now"/> as when it was claimed; a renewal keeps the first claim's time.</summary>
    Task<SourceLease> TryClaimAsync(string site, string holder, DateTimeOffset now, DateTimeOffset expires, CancellationToken cancellationToken);

    /// <summary>The site's lease as it stands (expired or not), or null when nobody holds one.</summary>
    Task<SourceLease?> FindAsync(string site, CancellationToken cancellationToken);

    /// <summary>Gives the lease up, if <paramref name="holder"/> still holds it.</summary>
    Task ReleaseAsync(string site, string holder, CancellationToken cancellationToken);
}
