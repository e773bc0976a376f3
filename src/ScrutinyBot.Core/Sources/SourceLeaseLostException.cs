namespace ScrutinyBot.Core.Sources;

/// <summary>The site's lease expired during a run and another host took it: this run stops, that host carries on.</summary>
public sealed class SourceLeaseLostException : Exception
{
    public SourceLeaseLostException()
    {
    }

    public SourceLeaseLostException(string message)
        : base(message)
    {
    }

    public SourceLeaseLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
