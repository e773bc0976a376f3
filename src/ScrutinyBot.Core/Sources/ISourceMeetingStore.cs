namespace ScrutinyBot.Core.Sources;

/// <summary>Synced meetings as the site describes them (source_meeting_details, source_agenda_items), joined to the
/// stored papers fetched for them.</summary>
public interface ISourceMeetingStore
{
    /// <summary>Stores (or replaces) the meeting and its agenda items. Returns false, writing nothing, when the store
    /// already holds exactly these values; when it writes, the store generation moves on so fact caches reload.</summary>
    Task<bool> SaveAsync(SiteMeeting meeting, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Every stored meeting that has at least one fetched paper, with those papers' stored paths.</summary>
    Task<IReadOnlyList<SiteMeeting>> ListAsync(CancellationToken cancellationToken);
}
