namespace ScrutinyBot.Core.Storage;

/// <summary>A number that changes whenever the store's documents change (one added, replaced or forgotten, with its
/// chunks and facts), whichever process made the change. Caches of what the store holds compare it before use.</summary>
public interface IStoreGeneration
{
    /// <summary>The current generation; cheap enough to ask once per question.</summary>
    Task<long> CurrentAsync(CancellationToken cancellationToken);
}
