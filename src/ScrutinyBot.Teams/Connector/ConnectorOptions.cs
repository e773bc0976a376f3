using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Teams.Connector;

/// <summary>Retry and timeout settings for Connector calls (section "Bot:Connector").</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Bot:Connector";

    /// <summary>Tries per call, the first included. Default 3.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>First backoff delay, milliseconds; doubled per retry, with jitter. Default 2000.</summary>
    [Range(0, 60_000)]
    public int BaseDelayMilliseconds { get; set; } = 2000;

    /// <summary>Largest backoff delay, milliseconds (Retry-After is honoured beyond it). Default 20000.</summary>
    [Range(0, 120_000)]
    public int MaxDelayMilliseconds { get; set; } = 20_000;

    /// <summary>Total waiting allowed per call, milliseconds; a retry that would exceed it is not made. Default 30000.</summary>
    [Range(0, 600_000)]
    public int MaxTotalDelayMilliseconds { get; set; } = 30_000;

    /// <summary>Timeout of one HTTP attempt, seconds. Default 15.</summary>
    [Range(1, 300)]
    public int RequestTimeoutSeconds { get; set; } = 15;
}
