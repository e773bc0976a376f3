namespace ScrutinyBot.Core.Ingestion;

/// <summary>Lets one ingester at a time read and save a given file, across every instance that shares the store (a
/// watched folder shared by several hosts): the others skip it rather than read it again.</summary>
public interface IIngestionLock
{
    /// <summary>Takes the file for this ingester.</summary>
    /// <param name="sourcePath">The file's path as the store keys it.</param>
    /// <returns>A handle that gives the file back when disposed, or null when another ingester has it now.</returns>
    Task<IAsyncDisposable?> TryAcquireAsync(string sourcePath, CancellationToken cancellationToken);
}
