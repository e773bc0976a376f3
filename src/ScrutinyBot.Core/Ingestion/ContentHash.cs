using System.Security.Cryptography;

namespace ScrutinyBot.Core.Ingestion;

/// <summary>The SHA-256 of a file's bytes, lower-case hex: what decides unchanged (skip) or changed (replace).</summary>
public static class ContentHash
{
    public static string Of(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
