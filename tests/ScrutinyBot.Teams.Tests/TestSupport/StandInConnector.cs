using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ScrutinyBot.Teams.Tests.TestSupport;

/// <summary>A loopback stand-in for the Bot Connector: records each request and answers from a script
/// (the last scripted answer repeats; default 201 {"id":"sent-1"}).</summary>
public sealed class StandInConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();
    private readonly TimeProvider _time;
    private LoopbackHttpServer? _server;
    private ScriptedAnswer _last = new(201, """{"id":"sent-1"}""", null);

    private StandInConnector(TimeProvider time) => _time = time;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    /// <summary>http://127.0.0.1:{port}/_connector</summary>
    public string ServiceUrl => $"{_server!.Url}/_connector";

    public int Port => _server!.BaseAddress.Port;

    public static async Task<StandInConnector> StartAsync(TimeProvider time)
    {
        var connector = new StandInConnector(time);
        connector._server = await LoopbackHttpServer.StartAsync(connector.HandleAsync);
        return connector;
    }

    /// <summary>While set, each request is recorded and then held (no answer) until <see cref="Release"/>: a Connector
    /// slower than any timeout.</summary>
    public bool Hold { get; set; }

    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _released.TrySetResult();

    public void Answer(int status, string body = "", string? retryAfter = null) => _script.Enqueue(new ScriptedAnswer(status, body, retryAfter));

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Features.Get<IHttpRequestFeature>()!.RawTarget,
            context.Request.Headers.Authorization.ToString(),
            body,
            _time.GetUtcNow()));
        if (Hold)
        {
            await _released.Task.WaitAsync(context.RequestAborted);
        }

        if (_script.TryDequeue(out var next))
        {
            _last = next;
        }

        context.Response.StatusCode = _last.Status;
        if (_last.RetryAfter is not null)
        {
            context.Response.Headers.RetryAfter = _last.RetryAfter;
        }

        if (_last.Body.Length > 0)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(_last.Body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Release();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private sealed record ScriptedAnswer(int Status, string Body, string? RetryAfter);
}
