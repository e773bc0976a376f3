using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Search.AzureAISearch.Index;
using ScrutinyBot.Search.AzureAISearch.Querying;

namespace ScrutinyBot.Search.AzureAISearch.Indexing;

/// <summary>Copies a stored document's chunks (with any vectors they have) from the store into the index, then removes
/// the chunks of the version it replaced; removes a forgotten document's chunks.</summary>
public sealed class DocumentChunkFeed(IDocumentChunkIds chunkIds, IChunkVectorStore store, ChunkIndexWriter writer)
{
    public async Task PushAsync(StoredDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var ids = await chunkIds.ChunkIdsAsync(document.Id, cancellationToken).ConfigureAwait(false);
        var chunks = await store.ReadChunksAsync(ids, cancellationToken).ConfigureAwait(false);
        var vectors = (await store.ReadVectorsAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(v => v.ChunkId, v => v.Vector);
        var documents = chunks.Select(c => ChunkDocumentMapper.ToDocument(document.Id, c, vectors.GetValueOrDefault(c.Id))).ToList();
        await writer.UploadAsync(documents, cancellationToken).ConfigureAwait(false);
        await writer.DeleteWhereAsync(ChunkFilter.StaleChunks(document.SourcePath, document.Id, ids), cancellationToken).ConfigureAwait(false);
    }

    public Task<int> RemoveAsync(StoredDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return writer.DeleteWhereAsync(ChunkFilter.Document(document.Id), cancellationToken);
    }
}
