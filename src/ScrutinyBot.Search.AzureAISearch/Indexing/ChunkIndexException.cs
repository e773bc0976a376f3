namespace ScrutinyBot.Search.AzureAISearch.Indexing;

/// <summary>The index refused chunks (after the SDK's retries); the message names how many, the first key and why.</summary>
public sealed class ChunkIndexException : Exception
{
    public ChunkIndexException()
    {
    }

    public ChunkIndexException(string message)
        : base(message)
    {
    }

    public ChunkIndexException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
