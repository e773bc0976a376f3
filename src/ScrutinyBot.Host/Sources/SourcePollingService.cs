using ScrutinyBot.Core.Sources;
using ScrutinyBot.Core.Sources.ModernGov;
using Microsoft.Extensions.Options;

namespace ScrutinyBot.Host.Sources;

/// <summary>In <c>serve</c>, syncs each configured site at start and then every PollInterval, jittered by up to a
/// tenth so sites (and bots) do not all call at once. Off when no site is configured. A failed sync is logged and
/// never stops the host.</summary>
internal sealed partial class SourcePollingService(
    SourceCatalog catalog,
    IOptions<ModernGovOptions> options,
    TimeProvider timeProvider,
    ILogger<SourcePollingService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var intervals = options.Value.Sites.ToDictionary(s => s.Name, s => s.PollInterval, StringComparer.OrdinalIgnoreCase);
        return Task.WhenAll(catalog.Sources.Select(s => PollAsync(s, intervals.GetValueOrDefault(s.Name, TimeSpan.FromHours(1)), stoppingToken)));
    }

    private async Task PollAsync(ISource source, TimeSpan interval, CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await source.SyncAsync(null, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPollFailed(logger, source.Name, ex);
                }

                var jitter = interval * (Random.Shared.NextDouble() * 0.2 - 0.1);
                await Task.Delay(interval + jitter, timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; an unfinished run resumes on the next start.
        }
    }

    [LoggerMessage(EventId = 1310, Level = LogLevel.Error, Message = "Polling {Site} failed; trying again at the next interval")]
    private static partial void LogPollFailed(ILogger logger, string site, Exception exception);
}
