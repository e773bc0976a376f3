using ScrutinyBot.Core.Digests;
using ScrutinyBot.Teams.Connector;

namespace ScrutinyBot.Host.Digests;

/// <summary>POST /api/digests/run: runs the digest scheduler now (for demos and the end-to-end test);
/// POST /api/digests/run?force=true posts a digest to every active subscription now, due or not. Answers only
/// requests from loopback with no forwarding headers; anything else gets 404, as if it did not exist.</summary>
public static class DigestEndpoints
{
    public const string RunPath = "/api/digests/run";

    public static WebApplication MapDigests(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost(RunPath, async (HttpContext context, DigestRunner runner, bool? force) =>
        {
            if (!IsLocal(context))
            {
                return Results.NotFound();
            }

            var summary = force == true
                ? await runner.RunAllNowAsync(context.RequestAborted).ConfigureAwait(false)
                : await runner.RunDueAsync(context.RequestAborted).ConfigureAwait(false);
            return Results.Ok(new { queued = summary.Queued, posted = summary.Posted, failed = summary.Failed });
        });
        return app;
    }

    private static bool IsLocal(HttpContext context) =>
        LoopbackAddress.IsLoopback(context.Connection.RemoteIpAddress)
        && !context.Request.Headers.ContainsKey("X-Forwarded-For")
        && !context.Request.Headers.ContainsKey("Forwarded");
}
