using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ScrutinyBot.Host.Tests.Teams;

/// <summary>A stand-in Bot Connector on 127.0.0.1 (any free port): records every POST/PUT under v3/conversations
/// and answers 201 {"id":…}, as the Teams Connector and the Agents Playground do.</summary>
internal sealed class BotConnectorStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private int _nextId;

    private BotConnectorStandIn(WebApplication app) => _app = app;

    /// <summary>The serviceUrl to put on activities: http://127.0.0.1:{port}/_connector (no trailing slash, like the Playground).</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    /// <summary>How long the stand-in takes before it answers (a slow Connector); the call is recorded on arrival.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>Activities sent (not typing), in order.</summary>
    public IReadOnlyList<JsonObject> Messages => [.. Calls.Where(c => (string?)c.Body?["type"] == "message").Select(c => c.Body!)];

    public static async Task<BotConnectorStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var standIn = new BotConnectorStandIn(app);
        app.Run(standIn.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        standIn.ServiceUrl = address.TrimEnd('/') + "/_connector";
        return standIn;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var text = await reader.ReadToEndAsync(context.RequestAborted);
        var body = text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject;
        _calls.Enqueue(new ConnectorCall(context.Request.Method, Uri.UnescapeDataString(context.Request.Path.Value ?? string.Empty), body));
        if (Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = StatusCodes.Status201Created;
        await context.Response.WriteAsJsonAsync(new { id = $"sent-{Interlocked.Increment(ref _nextId)}" }, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
