namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>Used when the local model is off (Embeddings:MiniLM:Enabled false) and no OpenAI-compatible embedding
/// model is configured: retrieval is BM25 only and nothing calls out.</summary>
public sealed class DisabledTextEmbedder : ITextEmbedder
{
    public bool IsEnabled => false;

    public Task<IReadOnlyList<float[]>?> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<float[]>?>(null);
}
