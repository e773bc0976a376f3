using System.Globalization;
using Microsoft.Extensions.Logging;
using ScrutinyBot.Core.Ingestion;

namespace ScrutinyBot.Core.Sources.ModernGov;

/// <summary>Syncs one council's ModernGov site: the followed committees' meetings in the look-back window, each
/// meeting's linked papers downloaded when new or changed and ingested through the pipeline, withdrawn papers
/// forgotten, cancelled meetings' papers left out (and forgotten if held). Each finished meeting is recorded, so a
/// run cut short resumes where it stopped; a meeting that fails (bad XML, an error answer) is logged and skipped, and
/// tried again next sync. The site's lease in the store is held for the run, so two hosts on one store never sync
/// the same site at once. Each meeting's committee, date, time, venue and agenda items as the site gives them are
/// stored too, and win over what its papers' text suggests (<see cref="SiteMeetingFacts"/>).</summary>
public sealed partial class ModernGovSource(
    ModernGovSiteOptions site,
    ModernGovHttp http,
    IIngestionPipeline pipeline,
    ISourceStateStore state,
    ISourceMeetingStore meetings,
    SourceLeases leases,
    string downloadFolder,
    TimeProvider timeProvider,
    ILogger<ModernGovSource> logger) : ISource
{
    private const string DefaultCommitteeFilter = "scrutiny";
    private static readonly TimeSpan LookAhead = TimeSpan.FromDays(60);

    public string Name => site.Name;

    public async Task<SourceSyncReport> SyncAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        if (await leases.TryClaimAsync(site.Name, cancellationToken).ConfigureAwait(false) is { } held)
        {
            var heldBy = $"{held.Holder} (lease until {held.Expires:yyyy-MM-dd HH:mm:ss} UTC)";
            LogHeldElsewhere(logger, site.Name, heldBy);
            return new SourceSyncReport(site.Name, 0, 0, 0, 0, 0, 0, 0, null, HeldBy: heldBy);
        }

        try
        {
            return await SyncHoldingLeaseAsync(progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await leases.ReleaseAsync(site.Name, CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task<SourceSyncReport> SyncHoldingLeaseAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var run = await state.BeginRunAsync(site.Name, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        var tally = new ModernGovTally();
        string? error = null;
        try
        {
            await SyncCommitteesAsync(run, tally, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ModernGovRefusedException or HttpRequestException or IOException or SourceLeaseLostException
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
            foreach (var meeting in await TryGetMeetingsAsync(committee, query, tally, progress, cancellationToken).ConfigureAwait(false))
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

                progress?.Report($"{site.Name}: meeting {meeting.Id} ({meeting.Date}) of {committee.Title}{(meeting.IsCancelled ? ": cancelled" : string.Empty)}");
                if (await TrySyncMeetingAsync(committee, meeting, tally, progress, cancellationToken).ConfigureAwait(false))
                {
                    await state.MarkMeetingDoneAsync(site.Name, meeting.Id, run, cancellationToken).ConfigureAwait(false);
                }

                await RenewLeaseAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The committee's meetings in the window; none (logged, counted as failed) when the site's answer for
    /// that committee cannot be used, so the other committees still sync.</summary>
    private async Task<IReadOnlyList<ModernGovMeeting>> TryGetMeetingsAsync(
        ModernGovCommittee committee, string query, ModernGovTally tally, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        try
        {
            return ModernGovXml.Meetings(await GetXmlAsync(query, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (IsOneAnswerUnusable(ex))
        {
            LogCommitteeFailed(logger, site.Name, committee.Id, ex);
            tally.Failed++;
            progress?.Report($"  FAILED the meetings of {committee.Title}: {ex.Message}; skipped, tried again next sync");
            return [];
        }
    }

    /// <summary>Syncs one meeting; false (logged, counted as failed, tried again next sync) when the site's answer
    /// for it cannot be used. A failure to reach the site at all still stops the run.</summary>
    private async Task<bool> TrySyncMeetingAsync(
        ModernGovCommittee committee, ModernGovMeeting meeting, ModernGovTally tally, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        try
        {
            await SyncMeetingAsync(committee, meeting, tally, progress, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (IsOneAnswerUnusable(ex))
        {
            LogMeetingFailed(logger, site.Name, meeting.Id, ex);
            tally.Failed++;
            progress?.Report($"  FAILED meeting {meeting.Id}: {ex.Message}; skipped, tried again next sync");
            return false;
        }
    }

    /// <summary>The site answered, but not usably (bad XML, an error status, refused): that one call fails, not the run.
    /// Not reaching the site at all (no status) still stops the run.</summary>
    private static bool IsOneAnswerUnusable(Exception ex) =>
        ex is ModernGovRefusedException || (ex is HttpRequestException http && http.StatusCode is not null);

    private async Task RenewLeaseAsync(CancellationToken cancellationToken)
    {
        if (await leases.TryClaimAsync(site.Name, cancellationToken).ConfigureAwait(false) is { } held)
        {
            throw new SourceLeaseLostException($"the lease on {site.Name} passed to {held.Holder} (it expired during this run); stopping so only one host syncs it");
        }
    }

    private bool Follows(ModernGovCommittee committee)
    {
        var filters = site.Committees.Count == 0 ? [DefaultCommitteeFilter] : site.Committees;
        return filters.Any(f => string.Equals(f.Trim(), committee.Id, StringComparison.Ordinal)
                                || committee.Title.Contains(f.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    private async Task SyncMeetingAsync(
        ModernGovCommittee committee, ModernGovMeeting meeting, ModernGovTally tally, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var current = new HashSet<string>(StringComparer.Ordinal);
        var detail = meeting.IsCancelled ? null : await GetXmlAsync($"GetMeeting?lMeetingId={Uri.EscapeDataString(meeting.Id)}", cancellationToken).ConfigureAwait(false);
        var cancelled = meeting.IsCancelled || (detail is not null && ModernGovXml.Meeting(detail) is { IsCancelled: true });
        if (cancelled)
        {
            tally.Cancelled++;
            progress?.Report("  cancelled: its papers are not ingested.");
            detail = null;
        }

        foreach (var document in detail is null ? [] : ModernGovXml.Documents(detail))
        {
            if (!Uri.TryCreate(http.BaseUri, document.Url, out var uri))
            {
                continue;
            }

            current.Add(uri.AbsoluteUri);
            var line = await SyncDocumentAsync(meeting, document, uri, tally, cancellationToken).ConfigureAwait(false);
            progress?.Report($"  {line}");
            await RenewLeaseAsync(cancellationToken).ConfigureAwait(false);
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
            progress?.Report($"  {Path.GetFileName(gone.LocalPath)}: {(cancelled ? "its meeting was cancelled" : "withdrawn from the site")}, forgotten.");
        }

        if (detail is not null && ModernGovXml.Details(detail, site.Name, committee.Title) is { } details
            && await meetings.SaveAsync(details with { MeetingId = meeting.Id }, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            progress?.Report($"  meeting details from the site: {details.Describe()}, {details.AgendaItems.Count} agenda item(s).");
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

    [LoggerMessage(EventId = 1304, Level = LogLevel.Warning, Message = "ModernGov meeting {MeetingId} of {Site} skipped; it is tried again on the next sync")]
    private static partial void LogMeetingFailed(ILogger logger, string site, string meetingId, Exception exception);

    [LoggerMessage(EventId = 1306, Level = LogLevel.Warning, Message = "ModernGov meetings of committee {CommitteeId} of {Site} skipped; they are tried again on the next sync")]
    private static partial void LogCommitteeFailed(ILogger logger, string site, string committeeId, Exception exception);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Information, Message = "ModernGov sync of {Site} left to {HeldBy}, which holds its lease")]
    private static partial void LogHeldElsewhere(ILogger logger, string site, string heldBy);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Warning, Message = "Could not fetch {Url}; it is tried again on the next sync")]
    private static partial void LogDocumentFailed(ILogger logger, string url, Exception exception);
}
