using Microsoft.Extensions.Diagnostics.HealthChecks;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Host.Hosting;

/// <summary>The store is up when it opens and answers its cheapest query (the store generation), whichever engine
/// Storage:Provider chose. The reason shown is fixed text; the exception goes to the log.</summary>
internal sealed partial class StoreHealthCheck(IServiceProvider services, ILogger<StoreHealthCheck> logger) : IHealthCheck
{
    public const string Name = "store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Resolved per check: a store whose settings or file cannot be opened fails here, not when the host builds.
            var generation = services.GetRequiredService<IStoreGeneration>();
            await generation.CurrentAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("the store did not answer in time.");
        }
        catch (Exception ex)
        {
            LogStoreDown(logger, ex);
            return HealthCheckResult.Unhealthy($"the store cannot be opened or queried ({ex.GetType().Name}; see the log).");
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Error, Message = "Health check: the store cannot be opened or queried")]
    private static partial void LogStoreDown(ILogger logger, Exception exception);
}
