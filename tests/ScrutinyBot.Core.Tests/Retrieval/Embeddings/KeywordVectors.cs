namespace ScrutinyBot.Core.Tests.Retrieval.Embeddings;

/// <summary>Stands in for an embedding model: a text's vector counts, per topic, the topic's keywords it contains, so
/// texts about one topic point the same way whatever words they share. The last dimension is a small constant so no
/// vector is zero.</summary>
internal sealed class KeywordVectors(params string[][] topics)
{
    public float[] VectorOf(string text)
    {
        var vector = new float[topics.Length + 1];
        for (var i = 0; i < topics.Length; i++)
        {
            vector[i] = topics[i].Count(k => text.Contains(k, StringComparison.OrdinalIgnoreCase));
        }

        vector[^1] = 0.1f;
        return vector;
    }
}
