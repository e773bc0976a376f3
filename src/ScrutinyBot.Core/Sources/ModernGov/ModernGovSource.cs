using System.Globalization;
using Microsoft.Extensions.Logging;
using ScrutinyBot.Core.Ingestion;

namespace ScrutinyBot.Core.Sources.ModernGov;

/// <summary>Syncs one council's ModernGov site: the followed committees' meetings in the look-back window, each
/// meeting's linked papers downloaded when new or changed and ingested through the pipeline, withdrawn papers
/// forgotten. Each finished meeting is recorded, so a run cut short resumes where it stopped.</summary>
public sealed partial class ModernGovSource(
    ModernGovSiteOptions site,
    ModernGovHttp http,
    IIngestionPipeline pipeline,
    ISourceStateStore state,
    string downloadFolder,
    TimeProvider timeProvider,
    ILogger<ModernGovSource> logger) : ISource
{
    private const string DefaultCommitteeFilter = "scrutiny";
    private static readonly TimeSpan LookAhead = TimeSpan.FromDays(60);

    public string Name => site.Name;

    public async Task<SourceSyncReport> SyncAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var run = await state.BeginRunAsync(site.Name, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var tally = new ModernGovTally();
        string? error = null;
        try
        {
            await SyncCommitteesAsync(run, tally, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ModernGovRefusedException or HttpRequestException or IOException
                                   || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogSyncFailed(logger, site.Name, ex);
            error = ex.Message;
        }

        var report = tally.Report(site.Name, error);
        await state.EndRunAsync(site.Name, timeProvider.GetUtcNow(), error, report.ToString(), cancellationToken).ConfigureAwait(false);
        LogSynced(logger, report.ToString());
        return report;
    }

    private async Task SyncCommitteesAsync(DateTimeOffset run, ModernGovTally tally, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var committees = ModernGovXml.Committees(await GetXmlAsync("GetCommittees?lDays=0", cancellationToken).ConfigureAwait(false))
            .Where(Follows)
            .ToList();
        progress?.Report($"{site.Name}: following {committees.Count} committee(s): {string.Join(", ", committees.Select(c => c.Title))}");
        var today = timeProvider.GetUtcNow();
        var from = today.AddMonths(-site.LookBackMonths).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var to = (today + LookAhead).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var committee in committees)
        {
            var query = $"GetMeetings?lCommitteeId={Uri.EscapeDataString(committee.Id)}&sFromDate={from}&sToDate={to}";
            foreach (var meeting in ModernGovXml.Meetings(await GetXmlAsync(query, cancellationToken).ConfigureAwait(false)))
            {
                if (!seen.Add(meeting.Id))
                {
                    continue;
                }

                tally.Meetings++;
                if (await state.IsMeetingDoneAsync(site.Name, meeting.Id, run, cancellationToken).ConfigureAwait(false))
                {
                    progress?.Report($"{site.Name}: meeting {meeting.Id} ({meeting.Date}) already synced in this run");
                    continue;
                }

                progress?.Report($"{site.Name}: meeting {meeting.Id} ({meeting.Date}) of {committee.Title}");
                await SyncMeetingAsync(meeting, tally, progress, cancellationToken).ConfigureAwait(false);
                await state.MarkMeetingDoneAsync(site.Name, meeting.Id, run, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private bool Follows(ModernGovCommittee committee)
    {
        var filters = site.Committees.Count == 0 ? [DefaultCommitteeFilter] : site.Committees;
        return filters.Any(f => string.Equals(f.Trim(), committee.Id, StringComparison.Ordinal)
                                || committee.Title.Contains(f.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    private async Task SyncMeetingAsync(ModernGovMeeting meeting, ModernGovTally tally, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var xml = await GetXmlAsync($"GetMeeting?lMeetingId={Uri.EscapeDataString(meeting.Id)}", cancellationToken).ConfigureAwait(false);
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in ModernGovXml.Documents(xml))
        {
            if (!Uri.TryCreate(http.BaseUri, document.Url, out var uri))
            {
                continue;
            }

            current.Add(uri.AbsoluteUri);
            var line = await SyncDocumentAsync(meeting, document, uri, tally, cancellationToken).ConfigureAwait(false);
            progress?.Report($"  {line}");
        }

        foreach (var gone in await state.ListDocumentsAsync(site.Name, meeting.Id, cancellationToken).ConfigureAwait(false))
        {
            if (current.Contains(gone.Url))
            {
                continue;
            }

            await pipeline.ForgetAsync(gone.LocalPath, cancellationToken).ConfigureAwait(false);
            File.Delete(gone.LocalPath);
            await state.RemoveDocumentAsync(site.Name, gone.Url, cancellationToken).ConfigureAwait(false);
            tally.Forgotten++;
            progress?.Report($"  {Path.GetFileName(gone.LocalPath)}: withdrawn from the site, forgotten.");
        }
    }

    private async Task<string> SyncDocumentAsync(
        ModernGovMeeting meeting, ModernGovDocument document, Uri uri, ModernGovTally tally, CancellationToken cancellationToken)
    {
        var known = await state.FindDocumentAsync(site.Name, uri.AbsoluteUri, cancellationToken).ConfigureAwait(false);
        ModernGovResponse response;
        try
        {
            response = await http.GetAsync(uri, site.MaxFileBytes, known?.ETag, known?.LastModified, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ModernGovRefusedException or HttpRequestException)
        {
            LogDocumentFailed(logger, uri.AbsoluteUri, ex);
            tally.Failed++;
            return $"FAILED {document.Title}: {ex.Message}";
        }

        if (response.NotModified)
        {
            tally.Unchanged++;
            return $"{document.Title}: unchanged (not modified).";
        }

        var hash = ContentHash.Of(response.Content);
        if (known is not null && string.Equals(known.ContentHash, hash, StringComparison.Ordinal))
        {
            await state.SaveDocumentAsync(known with { ETag = response.ETag, LastModified = response.LastModified }, cancellationToken).ConfigureAwait(false);
            tally.Unchanged++;
            return $"{document.Title}: unchanged (same content).";
        }

        var path = known?.LocalPath ?? Path.Combine(downloadFolder, ModernGovFileName.MeetingFolder(meeting.Id), ModernGovFileName.For(document, uri, response.ContentType));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = path + ".part";
        await File.WriteAllBytesAsync(partial, response.Content, cancellationToken).ConfigureAwait(false);
        File.Move(partial, path, overwrite: true);
        var summary = await pipeline.IngestAsync([path], null, cancellationToken).ConfigureAwait(false);
        var outcome = summary.Outcomes.Single();
        if (outcome.Status == IngestionStatus.Failed)
        {
            tally.Failed++;
            return $"FAILED {outcome.Message}";
        }

        if (outcome.Status == IngestionStatus.Excluded)
        {
            File.Delete(path);
        }

        await state.SaveDocumentAsync(
            new SourceDocumentState(site.Name, meeting.Id, uri.AbsoluteUri, response.ETag, response.LastModified, response.Content.LongLength, hash, path),
            cancellationToken).ConfigureAwait(false);
        tally.Count(outcome.Status);
        return outcome.Message;
    }

    private async Task<System.Xml.Linq.XDocument> GetXmlAsync(string call, CancellationToken cancellationToken)
    {
        var uri = new Uri(http.BaseUri, "mgWebService.asmx/" + call);
        var response = await http.GetAsync(uri, site.MaxFileBytes, null, null, cancellationToken).ConfigureAwait(false);
        return ModernGovXml.Parse(response.Content);
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "ModernGov sync: {Report}")]
    private static partial void LogSynced(ILogger logger, string report);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "ModernGov sync of {Site} stopped; the next sync resumes it")]
    private static partial void LogSyncFailed(ILogger logger, string site, Exception exception);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Warning, Message = "Could not fetch {Url}; it is tried again on the next sync")]
    private static partial void LogDocumentFailed(ILogger logger, string url, Exception exception);
}
