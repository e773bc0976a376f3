namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>Turns texts into vectors with the configured embedding model (AI:EmbeddingModel).</summary>
public interface ITextEmbedder
{
    /// <summary>False when no embedding model is configured: nothing calls out and retrieval stays BM25 only.</summary>
    bool IsEnabled { get; }

    /// <summary>One vector per text, in order, sent in batches of AI:EmbeddingBatchSize, each within AI:TimeoutSeconds.</summary>
    /// <returns>The vectors, or null when the model could not be reached, timed out or answered badly (logged);
    /// callers carry on without vectors.</returns>
    Task<IReadOnlyList<float[]>?> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
