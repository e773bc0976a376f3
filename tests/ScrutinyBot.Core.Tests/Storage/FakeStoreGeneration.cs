using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Tests.Storage;

internal sealed class FakeStoreGeneration : IStoreGeneration
{
    public long Value { get; set; }

    public Task<long> CurrentAsync(CancellationToken cancellationToken) => Task.FromResult(Value);
}
