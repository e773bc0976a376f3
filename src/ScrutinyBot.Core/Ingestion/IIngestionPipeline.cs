using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Ingestion;

/// <summary>Ingests files and folders into the store, and forgets documents.</summary>
public interface IIngestionPipeline
{
    /// <summary>Ingests every file under the paths. One bad file never stops the run; each file gets an outcome.</summary>
    Task<IngestionSummary> IngestAsync(
        IReadOnlyList<string> paths, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken);

    /// <summary>Removes one document (by id, path or file name) and everything extracted from it.</summary>
    Task<StoredDocument?> ForgetAsync(string pathOrId, CancellationToken cancellationToken);
}
