using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Core.Answering;

/// <summary>The optional language model (any OpenAI-compatible endpoint: OpenAI, Azure OpenAI v1, Ollama, vLLM).
/// Nothing calls out unless <see cref="Endpoint"/> and <see cref="ChatModel"/> (or <see cref="EmbeddingModel"/>) are set.</summary>
public sealed class AIOptions
{
    public const string SectionName = "AI";

    /// <summary>Base URL of the OpenAI-compatible API, e.g. https://example.openai.azure.com/openai/v1/. Default empty (off).</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>API key; empty for endpoints that need none (a local Ollama).</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Chat model (or Azure deployment) name. Default empty: answers stay extractive.</summary>
    public string ChatModel { get; set; } = string.Empty;

    /// <summary>Embedding model name. Default empty: retrieval stays BM25 only.</summary>
    public string EmbeddingModel { get; set; } = string.Empty;

    /// <summary>Texts sent per embeddings request (chunks at ingestion). Default 64.</summary>
    [Range(1, 2048)]
    public int EmbeddingBatchSize { get; set; } = 64;

    /// <summary>Seconds to wait for the model before falling back to the extractive answer. Default 20.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 20;

    public bool ChatEnabled => Uri.TryCreate(Endpoint, UriKind.Absolute, out _) && !string.IsNullOrWhiteSpace(ChatModel);

    public bool EmbeddingsEnabled => Uri.TryCreate(Endpoint, UriKind.Absolute, out _) && !string.IsNullOrWhiteSpace(EmbeddingModel);
}
