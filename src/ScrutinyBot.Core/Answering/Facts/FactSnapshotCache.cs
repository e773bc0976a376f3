using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Keeps the store's facts in memory and reloads them only when the set of documents has changed
/// (a document added, replaced or forgotten), so answering does not re-read every fact per question.</summary>
public sealed class FactSnapshotCache(IFactStore facts, IDocumentStore documents)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (int Count, long IdSum, DateTimeOffset Latest) _signature = (-1, 0, default);
    private FactSet _snapshot = FactSet.Empty;

    public async Task<FactSet> GetAsync(CancellationToken cancellationToken)
    {
        var list = await documents.ListDocumentsAsync(cancellationToken).ConfigureAwait(false);
        var signature = (list.Count, list.Sum(d => d.Id), list.Count == 0 ? default : list.Max(d => d.IngestedAt));
        if (signature == _signature)
        {
            return _snapshot;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (signature != _signature)
            {
                _snapshot = await facts.LoadFactsAsync(cancellationToken).ConfigureAwait(false);
                _signature = signature;
            }

            return _snapshot;
        }
        finally
        {
            _gate.Release();
        }
    }
}
