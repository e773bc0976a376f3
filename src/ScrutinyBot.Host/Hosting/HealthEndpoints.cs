using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ScrutinyBot.Host.Hosting;

public static class HealthEndpoints
{
    /// <summary>A store check answers within this, or counts as down.</summary>
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(10);

    /// <summary>The checks behind /healthz: the store opens and answers a trivial query.</summary>
    public static IServiceCollection AddHostHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>(StoreHealthCheck.Name, HealthStatus.Unhealthy, [], CheckTimeout);
        return services;
    }

    /// <summary>GET /healthz: 200 "ok", or 503 with one line per failing check ("store: ...").</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
        return app;
    }
}
