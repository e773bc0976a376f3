using ScrutinyBot.Core.Sources;

namespace ScrutinyBot.Storage.Tests.Contracts;

/// <summary>ISourceLeaseStore: one holder per site at a time, renewed by its holder, taken over once expired.</summary>
public abstract class SourceLeaseStoreContract : StoreContract
{
    private static readonly DateTimeOffset Now = new(2025, 1, 6, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TryClaimAsync_Free_ClaimsItSinceNow()
    {
        var lease = await Store.Leases.TryClaimAsync("kent", "host-a", Now, Now.AddMinutes(10), None);

        Assert.Equal(new SourceLease("kent", "host-a", Now.AddMinutes(10), Now), lease);
        Assert.Equal(lease, await Store.Leases.FindAsync("kent", None));
    }

    [Fact]
    public async Task TryClaimAsync_HeldByAnotherAndLive_ReturnsTheHolder()
    {
        await Store.Leases.TryClaimAsync("kent", "host-a", Now, Now.AddMinutes(10), None);

        var lease = await Store.Leases.TryClaimAsync("kent", "host-b", Now.AddMinutes(5), Now.AddMinutes(15), None);

        Assert.Equal(("host-a", Now.AddMinutes(10)), (lease.Holder, lease.Expires));
    }

    [Fact]
    public async Task TryClaimAsync_RenewedByHolder_KeepsWhenItWasClaimed()
    {
        await Store.Leases.TryClaimAsync("kent", "host-a", Now, Now.AddMinutes(10), None);

        var lease = await Store.Leases.TryClaimAsync("kent", "host-a", Now.AddMinutes(5), Now.AddMinutes(15), None);

        Assert.Equal(new SourceLease("kent", "host-a", Now.AddMinutes(15), Now), lease);
    }

    [Fact]
    public async Task TryClaimAsync_Expired_IsTakenOverFromNow()
    {
        await Store.Leases.TryClaimAsync("kent", "host-a", Now, Now.AddMinutes(10), None);

        var lease = await Store.Leases.TryClaimAsync("kent", "host-b", Now.AddMinutes(11), Now.AddMinutes(21), None);

        Assert.Equal(new SourceLease("kent", "host-b", Now.AddMinutes(21), Now.AddMinutes(11)), lease);
    }

    [Fact]
    public async Task ReleaseAsync_OnlyByTheHolder_FreesIt()
    {
        await Store.Leases.TryClaimAsync("kent", "host-a", Now, Now.AddMinutes(10), None);

        await Store.Leases.ReleaseAsync("kent", "host-b", None);
        var stillHeld = await Store.Leases.FindAsync("kent", None);
        await Store.Leases.ReleaseAsync("kent", "host-a", None);

        Assert.Equal("host-a", stillHeld?.Holder);
        Assert.Null(await Store.Leases.FindAsync("kent", None));
    }
}
