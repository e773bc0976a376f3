using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ScrutinyBot.Host.Hosting;

/// <summary>The /healthz body: "ok" when every check passed, else the reason of each failing check, one per line.
/// The status code (200 or 503) is set by the health-check middleware.</summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        var body = report.Status == HealthStatus.Healthy
            ? "ok"
            : string.Join('\n', report.Entries
                .Where(e => e.Value.Status != HealthStatus.Healthy)
                .Select(e => $"{e.Key}: {e.Value.Description ?? e.Value.Status.ToString()}"));
        return context.Response.WriteAsync(body, context.RequestAborted);
    }
}
