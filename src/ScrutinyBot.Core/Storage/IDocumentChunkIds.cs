namespace ScrutinyBot.Core.Storage;

/// <summary>The ids of a stored document's chunks, for an index kept outside the store (Azure AI Search) that copies
/// each document's chunks when it is saved.</summary>
public interface IDocumentChunkIds
{
    /// <summary>The chunk ids of the document, in reading order; empty when the document does not exist.</summary>
    Task<IReadOnlyList<long>> ChunkIdsAsync(long documentId, CancellationToken cancellationToken);
}
