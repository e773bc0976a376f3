namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>Turns texts into vectors: the local MiniLM model by default, or the OpenAI-compatible AI:EmbeddingModel.</summary>
public interface ITextEmbedder
{
    /// <summary>False when there is no embedding model (the local one turned off, no remote one configured): retrieval
    /// stays BM25 only.</summary>
    bool IsEnabled { get; }

    /// <summary>One vector per text, in order, in batches (AI:EmbeddingBatchSize per request for a remote model, each
    /// within AI:TimeoutSeconds; Embeddings:MiniLM:BatchSize per run for the local one).</summary>
    /// <returns>The vectors, or null when the model could not be reached, timed out or answered badly (logged);
    /// callers carry on without vectors.</returns>
    Task<IReadOnlyList<float[]>?> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken);
}
