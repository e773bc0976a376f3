namespace ScrutinyBot.Teams.Connector;

/// <summary>A Connector call failed for good (after any retries). <see cref="StatusCode"/> is the last HTTP status,
/// or 0 when no HTTP answer came (refused serviceUrl, network failure, timeout). <see cref="ErrorCode"/> is the
/// Connector's error code when it sent one (e.g. MessageWritesBlocked, MessageSizeTooBig, ServiceUrlNotAllowed).</summary>
public sealed class ConnectorException : Exception
{
    public const string ServiceUrlNotAllowed = "ServiceUrlNotAllowed";

    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(int statusCode, string? errorCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public int StatusCode { get; }

    public string? ErrorCode { get; }

    /// <summary>403 or 404: the bot was removed, blocked or the conversation is gone; do not retry later either.</summary>
    public bool IsGone => StatusCode is 403 or 404;
}
