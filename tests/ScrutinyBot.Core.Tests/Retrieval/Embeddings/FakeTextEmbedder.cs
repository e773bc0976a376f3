using ScrutinyBot.Core.Retrieval.Embeddings;

namespace ScrutinyBot.Core.Tests.Retrieval.Embeddings;

/// <summary>An embedding model in-process: each text's vector comes from <paramref name="vectorOf"/>; every text asked
/// for is recorded.</summary>
internal sealed class FakeTextEmbedder(Func<string, float[]> vectorOf) : ITextEmbedder
{
    public List<string> Texts { get; } = [];

    public bool IsEnabled => true;

    public Task<IReadOnlyList<float[]>?> EmbedAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        Texts.AddRange(texts);
        return Task.FromResult<IReadOnlyList<float[]>?>(texts.Select(vectorOf).ToList());
    }
}
