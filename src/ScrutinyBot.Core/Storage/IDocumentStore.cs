using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Storage;

/// <summary>The system of record for documents, their parts, pages, chunks and facts.</summary>
public interface IDocumentStore
{
    Task<StoredDocument?> FindBySourcePathAsync(string sourcePath, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredDocument>> ListDocumentsAsync(CancellationToken cancellationToken);

    /// <summary>Stores the document, replacing any document with the same source path, all in one transaction:
    /// afterwards the store holds either the whole new version or, on failure, the whole old one.</summary>
    Task<StoredDocument> SaveAsync(DocumentToSave document, CancellationToken cancellationToken);

    /// <summary>Removes a document and everything extracted from it, by id, source path or file name.</summary>
    /// <returns>The document removed, or null when none matched.</returns>
    Task<StoredDocument?> ForgetAsync(string pathOrId, CancellationToken cancellationToken);
}
