using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Retrieval.Embeddings.MiniLM;

namespace ScrutinyBot.Core.Tests.Retrieval.Embeddings.MiniLM;

/// <summary>The real local model, loaded once for every test in the <see cref="MiniLMCollection"/>.</summary>
public sealed class MiniLMFixture : IDisposable
{
    public MiniLMFixture()
    {
        ModelDirectory = Path.Combine(Path.GetTempPath(), "scrutinybot-core-tests-models");
        Embedder = Create(new MiniLMOptions { ModelDirectory = ModelDirectory, BatchSize = 3 });
    }

    public string ModelDirectory { get; }

    /// <summary>Batches of 3, so a handful of texts takes several model runs.</summary>
    public MiniLMTextEmbedder Embedder { get; }

    public static MiniLMTextEmbedder Create(MiniLMOptions options) =>
        new(Options.Create(options), NullLogger<MiniLMTextEmbedder>.Instance);

    public void Dispose() => Embedder.Dispose();
}
