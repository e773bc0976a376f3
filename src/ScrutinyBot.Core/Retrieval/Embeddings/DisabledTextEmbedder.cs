namespace ScrutinyBot.Core.Retrieval.Embeddings;

/// <summary>Used when AI:EmbeddingModel (or AI:Endpoint) is not set: nothing calls out.</summary>
public sealed class DisabledTextEmbedder : ITextEmbedder
{
    public bool IsEnabled => false;

    public Task<IReadOnlyList<float[]>?> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<float[]>?>(null);
}
