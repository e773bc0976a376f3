namespace ScrutinyBot.Core.Sources;

/// <summary>Per-site and per-meeting sync progress, kept in the store so a restarted sync resumes.</summary>
public interface ISourceStateStore
{
    /// <summary>Starts a run, or returns the start of the unfinished one (which is resumed).</summary>
    Task<DateTimeOffset> BeginRunAsync(string site, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Ends the current run; <paramref name="error"/> null when it succeeded.</summary>
    Task EndRunAsync(string site, DateTimeOffset now, string? error, string report, CancellationToken cancellationToken);

    Task<bool> IsMeetingDoneAsync(string site, string meetingId, DateTimeOffset run, CancellationToken cancellationToken);

    Task MarkMeetingDoneAsync(string site, string meetingId, DateTimeOffset run, CancellationToken cancellationToken);

    Task<IReadOnlyList<SourceDocumentState>> ListDocumentsAsync(string site, string meetingId, CancellationToken cancellationToken);

    Task<SourceDocumentState?> FindDocumentAsync(string site, string url, CancellationToken cancellationToken);

    Task SaveDocumentAsync(SourceDocumentState document, CancellationToken cancellationToken);

    Task RemoveDocumentAsync(string site, string url, CancellationToken cancellationToken);

    Task<SourceSiteStatus> GetStatusAsync(string site, CancellationToken cancellationToken);
}
