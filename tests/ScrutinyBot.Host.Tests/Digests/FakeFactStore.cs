using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Host.Tests.Digests;

internal sealed class FakeFactStore(FactSet facts) : IFactStore
{
    public FactSet Facts { get; set; } = facts;

    public Task<FactSet> LoadFactsAsync(CancellationToken cancellationToken) => Task.FromResult(Facts);
}
