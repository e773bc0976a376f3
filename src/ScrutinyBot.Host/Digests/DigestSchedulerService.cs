using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Host.Digests;

/// <summary>Runs the digest scheduler every Digests:PollIntervalSeconds on the TimeProvider's clock, and once at
/// start (catching up after downtime). A failed run is logged; the next tick tries again; the host keeps running.</summary>
public sealed partial class DigestSchedulerService(
    DigestRunner runner,
    IOptions<DigestsOptions> options,
    TimeProvider time,
    ILogger<DigestSchedulerService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollIntervalSeconds), time);
        await RunOnceAsync(stoppingToken).ConfigureAwait(false);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            var summary = await runner.RunDueAsync(stoppingToken).ConfigureAwait(false);
            if (summary.Queued + summary.Posted + summary.Failed > 0)
            {
                LogRun(summary.Queued, summary.Posted, summary.Failed);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogRunFailed(ex);
        }
    }

    [LoggerMessage(EventId = 5201, Level = LogLevel.Information, Message = "Digest run: {Queued} queued, {Posted} posted, {Failed} failed")]
    private partial void LogRun(int queued, int posted, int failed);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Error, Message = "Digest run failed; the next run will try again")]
    private partial void LogRunFailed(Exception exception);
}
