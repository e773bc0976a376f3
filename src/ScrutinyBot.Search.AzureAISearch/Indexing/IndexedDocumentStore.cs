using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Search.AzureAISearch.Indexing;

/// <summary>The store, with the index kept in step: a saved document's chunks are pushed to the index (and its old
/// version's removed), a forgotten document's chunks removed. The store is written first; when the index then fails
/// the call fails, naming the index, and the store keeps the document (the next ingestion of a changed file, or a
/// forget, brings the index back in step).</summary>
public sealed class IndexedDocumentStore(IDocumentStore inner, DocumentChunkFeed feed) : IDocumentStore
{
    public Task<StoredDocument?> FindBySourcePathAsync(string sourcePath, CancellationToken cancellationToken) =>
        inner.FindBySourcePathAsync(sourcePath, cancellationToken);

    public Task<IReadOnlyList<StoredDocument>> ListDocumentsAsync(CancellationToken cancellationToken) =>
        inner.ListDocumentsAsync(cancellationToken);

    public async Task<StoredDocument> SaveAsync(DocumentToSave document, CancellationToken cancellationToken)
    {
        var stored = await inner.SaveAsync(document, cancellationToken).ConfigureAwait(false);
        await feed.PushAsync(stored, cancellationToken).ConfigureAwait(false);
        return stored;
    }

    public async Task<StoredDocument?> ForgetAsync(string pathOrId, CancellationToken cancellationToken)
    {
        var removed = await inner.ForgetAsync(pathOrId, cancellationToken).ConfigureAwait(false);
        if (removed is not null)
        {
            await feed.RemoveAsync(removed, cancellationToken).ConfigureAwait(false);
        }

        return removed;
    }
}
