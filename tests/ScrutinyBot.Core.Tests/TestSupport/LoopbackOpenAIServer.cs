using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;

namespace ScrutinyBot.Core.Tests.TestSupport;

/// <summary>A tiny OpenAI-compatible endpoint (chat completions and embeddings) on 127.0.0.1 that records what it is
/// sent and replies with what the test builds from each request (optionally after a delay, or with an error status).</summary>
internal sealed class LoopbackOpenAIServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly Func<JsonObject, string> _reply;
    private readonly TimeSpan _delay;
    private readonly HttpStatusCode _status;

    public LoopbackOpenAIServer(Func<JsonObject, string> reply, TimeSpan delay = default, HttpStatusCode status = HttpStatusCode.OK)
    {
        (_reply, _delay, _status) = (reply, delay, status);
        (_listener, Endpoint) = Listen();
        _loop = Task.Run(ServeAsync);
    }

    public string Endpoint { get; }

    public List<JsonObject> Requests { get; } = [];

    public List<string> Paths { get; } = [];

    public static string Completion(string content) => new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = "test-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
    }.ToJsonString();

    /// <summary>An embeddings response with one vector per input text, encoded as the request asks (base64 float32,
    /// which the OpenAI SDK asks for, or a float array).</summary>
    public static string Embeddings(JsonObject request, Func<string, float[]> vectorOf)
    {
        var inputs = request["input"] switch
        {
            JsonArray array => array.Select(n => (string?)n ?? string.Empty).ToList(),
            var single => [(string?)single ?? string.Empty],
        };
        var base64 = (string?)request["encoding_format"] == "base64";
        var data = new JsonArray();
        for (var i = 0; i < inputs.Count; i++)
        {
            var vector = vectorOf(inputs[i]);
            JsonNode embedding = base64
                ? Convert.ToBase64String(MemoryMarshal.AsBytes(vector.AsSpan()))
                : new JsonArray(vector.Select(v => (JsonNode)v).ToArray());
            data.Add(new JsonObject { ["object"] = "embedding", ["index"] = i, ["embedding"] = embedding });
        }

        return new JsonObject
        {
            ["object"] = "list",
            ["data"] = data,
            ["model"] = (string?)request["model"],
            ["usage"] = new JsonObject { ["prompt_tokens"] = inputs.Count, ["total_tokens"] = inputs.Count },
        }.ToJsonString();
    }

    /// <summary>The input texts of every embeddings request received so far, in order.</summary>
    public List<string> EmbeddedTexts()
    {
        lock (Requests)
        {
            return Requests.Where(r => r.ContainsKey("input"))
                .SelectMany(r => r["input"] is JsonArray a ? a.Select(n => (string?)n ?? string.Empty) : [(string?)r["input"] ?? string.Empty])
                .ToList();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        // Close only (not Stop then Close): on Linux, Close after Stop looks the port up again and may bind it anew,
        // failing with "Address already in use" when another test has taken it meanwhile.
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (HttpListenerException)
        {
            // Closing the listener ends the pending GetContextAsync this way.
        }
        catch (ObjectDisposedException)
        {
            // Likewise on some platforms.
        }

        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var context = await _listener.GetContextAsync();
            _ = Task.Run(() => HandleAsync(context));
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
        lock (Requests)
        {
            Requests.Add(body);
            Paths.Add(context.Request.Url!.AbsolutePath);
        }

        if (_delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(_delay, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        var bytes = Encoding.UTF8.GetBytes(_status == HttpStatusCode.OK
            ? _reply(body)
            : """{"error":{"message":"the test server fails on purpose","type":"server_error"}}""");
        context.Response.StatusCode = (int)_status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        try
        {
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (HttpListenerException)
        {
            // The client gave up (a timeout test); nothing to answer.
        }
    }

    /// <summary>Listens on a free loopback port. Another process can take the probed port before the listener
    /// binds it (tests run in parallel with other builds), so a taken port is probed again.</summary>
    private static (HttpListener Listener, string Endpoint) Listen()
    {
        for (var attempt = 1; ; attempt++)
        {
            var endpoint = $"http://127.0.0.1:{FreePort()}/v1/";
            var listener = new HttpListener();
            listener.Prefixes.Add(endpoint);
            try
            {
                listener.Start();
                return (listener, endpoint);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
