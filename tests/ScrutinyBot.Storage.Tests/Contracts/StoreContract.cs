using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Storage.Tests.Engines;

namespace ScrutinyBot.Storage.Tests.Contracts;

/// <summary>Base of every seam's contract: a fresh store of the engine under test per test, on a fake clock.</summary>
public abstract class StoreContract : IAsyncLifetime
{
    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2025, 2, 1, 8, 0, 0, TimeSpan.Zero));

    protected StoreUnderTest Store { get; private set; } = null!;

    protected static CancellationToken None => CancellationToken.None;

    public async Task InitializeAsync() => Store = await OpenStoreAsync(Clock);

    public async Task DisposeAsync() => await Store.DisposeAsync();

    /// <summary>A new, empty store of the engine under test.</summary>
    protected abstract Task<StoreUnderTest> OpenStoreAsync(TimeProvider clock);
}
