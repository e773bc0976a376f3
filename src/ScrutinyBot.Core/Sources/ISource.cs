namespace ScrutinyBot.Core.Sources;

/// <summary>A place papers come from (a council's ModernGov site...), synced into the store through the ingestion pipeline.</summary>
public interface ISource
{
    /// <summary>The configured name, unique across sources; what <c>sources sync --site</c> takes.</summary>
    string Name { get; }

    /// <summary>Fetches new and changed papers, ingests them and forgets withdrawn ones. Resumes an interrupted run.</summary>
    Task<SourceSyncReport> SyncAsync(IProgress<string>? progress, CancellationToken cancellationToken);
}
