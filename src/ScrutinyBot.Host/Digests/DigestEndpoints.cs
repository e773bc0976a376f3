using ScrutinyBot.Core.Digests;
using ScrutinyBot.Host.Operator;

namespace ScrutinyBot.Host.Digests;

/// <summary>POST /api/digests/run (Content-Type: application/json): runs the digest scheduler now;
/// POST /api/digests/run?force=true posts a digest to every active subscription now, due or not. An operator
/// endpoint: see <see cref="OperatorEndpointFilter"/> for who may call it.</summary>
public static class DigestEndpoints
{
    public const string RunPath = "/api/digests/run";

    public static WebApplication MapDigests(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost(RunPath, async (HttpContext context, DigestRunner runner, bool? force) =>
        {
            var summary = force == true
                ? await runner.RunAllNowAsync(context.RequestAborted).ConfigureAwait(false)
                : await runner.RunDueAsync(context.RequestAborted).ConfigureAwait(false);
            return Results.Ok(new { queued = summary.Queued, posted = summary.Posted, failed = summary.Failed, unknown = summary.Unknown });
        }).RequireOperator();
        return app;
    }
}
