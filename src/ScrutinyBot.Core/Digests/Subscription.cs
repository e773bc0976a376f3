namespace ScrutinyBot.Core.Digests;

/// <summary>A conversation's digest subscription.</summary>
/// <param name="Committees">Loose committee names to filter by; empty means all.</param>
/// <param name="LastDigestAt">Ingestion cursor: resolutions from documents ingested after this are new. Null before the first digest.</param>
/// <param name="LastPeriod">The last scheduled occurrence a digest was composed for; the next is due after it.</param>
/// <param name="PausedReason">Why digests stopped (e.g. the bot was removed); null when active.</param>
public sealed record Subscription(
    string Id,
    string ConversationId,
    string ReferenceJson,
    DigestSchedule Schedule,
    IReadOnlyList<string> Committees,
    DateTimeOffset? LastDigestAt,
    DateTimeOffset? LastPeriod,
    string? PausedReason,
    DateTimeOffset CreatedAt)
{
    public DigestTarget Target => new(ConversationId, ReferenceJson);
}
