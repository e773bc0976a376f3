using ScrutinyBot.Core.Diagnostics;

namespace ScrutinyBot.Host.Hosting;

/// <summary>Runs the <see cref="Gen0Pacer"/> ten times a second while the host runs, so a burst of allocation
/// (answering, loading the fact index, an ingest) never grows the young heap far past the pace.</summary>
public sealed class Gen0PacingService(Gen0Pacer pacer) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!pacer.IsOn)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            pacer.CollectIfDue();
        }
    }
}
