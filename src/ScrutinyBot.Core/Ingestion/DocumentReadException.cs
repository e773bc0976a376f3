namespace ScrutinyBot.Core.Ingestion;

/// <summary>A file cannot be read as a paper. The message is safe to show: it says what is wrong and what to do.</summary>
public sealed class DocumentReadException : Exception
{
    public DocumentReadException(string message)
        : base(message)
    {
    }

    public DocumentReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DocumentReadException()
    {
    }
}
