using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Tests.Storage;

public sealed class StoreSnapshotCacheTests
{
    private readonly FakeStoreGeneration _generation = new() { Value = 7 };
    private int _loads;

    [Fact]
    public async Task GetAsync_SameGeneration_LoadsOnce()
    {
        var sut = new StoreSnapshotCache<string>(_generation, LoadAsync);

        var first = await sut.GetAsync(CancellationToken.None);
        var second = await sut.GetAsync(CancellationToken.None);

        Assert.Equal(1, _loads);
        Assert.Same(first, second);
    }

    [Fact]
    public async Task GetAsync_GenerationMoved_LoadsAgain()
    {
        var sut = new StoreSnapshotCache<string>(_generation, LoadAsync);
        await sut.GetAsync(CancellationToken.None);

        _generation.Value = 8;
        var value = await sut.GetAsync(CancellationToken.None);

        Assert.Equal("load 2", value);
    }

    [Fact]
    public async Task GetAsync_StoreChangedDuringLoad_LoadsAgainNextTime()
    {
        var sut = new StoreSnapshotCache<string>(_generation, ct =>
        {
            _generation.Value++;
            return LoadAsync(ct);
        });
        await sut.GetAsync(CancellationToken.None);

        var value = await sut.GetAsync(CancellationToken.None);

        Assert.Equal("load 2", value);
    }

    private Task<string> LoadAsync(CancellationToken cancellationToken) => Task.FromResult($"load {++_loads}");
}
