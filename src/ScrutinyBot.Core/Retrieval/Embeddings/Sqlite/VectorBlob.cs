using System.Buffers.Binary;

namespace ScrutinyBot.Core.Retrieval.Embeddings.Sqlite;

/// <summary>How a vector is kept in the chunks.embedding column: float32 values, little-endian, back to back.</summary>
internal static class VectorBlob
{
    public static byte[] Encode(float[] vector)
    {
        var bytes = new byte[vector.Length * sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), vector[i]);
        }

        return bytes;
    }

    /// <returns>The vector, or null when the blob is not a whole number of float32 values.</returns>
    public static float[]? Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0 || bytes.Length % sizeof(float) != 0)
        {
            return null;
        }

        var vector = new float[bytes.Length / sizeof(float)];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(i * sizeof(float))..]);
        }

        return vector;
    }
}
