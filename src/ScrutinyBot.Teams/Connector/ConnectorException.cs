namespace ScrutinyBot.Teams.Connector;

/// <summary>A Connector call failed for good (after any retries). <see cref="StatusCode"/> is the last HTTP status,
/// or 0 when no HTTP answer came (refused serviceUrl, network failure, timeout). <see cref="ErrorCode"/> is the
/// Connector's error code when it sent one (e.g. MessageWritesBlocked, MessageSizeTooBig, ServiceUrlNotAllowed).
/// <see cref="OutcomeUnknown"/> says the request may have been processed even though no success came back.</summary>
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

    public ConnectorException(int statusCode, string? errorCode, string message, Exception? innerException = null, bool outcomeUnknown = false)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ErrorCode = errorCode;
        OutcomeUnknown = outcomeUnknown;
    }

    public int StatusCode { get; }

    public string? ErrorCode { get; }

    /// <summary>True when the call may have reached Teams and been acted on (timeout, connection lost after sending,
    /// 5xx without Retry-After): the caller must not blindly send it again.</summary>
    public bool OutcomeUnknown { get; }

    /// <summary>403 or 404: the bot was removed, blocked or the conversation is gone; do not retry later either.</summary>
    public bool IsGone => StatusCode is 403 or 404;
}
