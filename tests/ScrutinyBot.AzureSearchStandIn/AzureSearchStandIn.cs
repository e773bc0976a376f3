using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace ScrutinyBot.StandIns.AzureSearch;

/// <summary>A stand-in Azure AI Search service on 127.0.0.1 for the REST calls the .NET SDK makes: create or update an
/// index (PUT /indexes('name')), read it (GET), index documents (POST /indexes('name')/docs/search.index) and search
/// (POST /indexes('name')/docs/search.post.search, text and vector queries, $filter, $select, $top, $count). It checks
/// the api-key header. The request and answer shapes follow the public REST reference (learn.microsoft.com, "Search
/// Documents (REST)", "Index Documents (REST)", "Create or Update Index (REST)"); nothing is copied.</summary>
public sealed partial class AzureSearchStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, StandInIndex> _indexes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();
    private int _failIndexing;

    private AzureSearchStandIn(WebApplication app, string apiKey)
    {
        _app = app;
        ApiKey = apiKey;
    }

    /// <summary>The address to give the SDK: https://127.0.0.1:port (the SDK refuses http); send its requests through
    /// <see cref="LoopbackHttpsHandler"/>, which reaches the stand-in's plain http listener.</summary>
    public string Endpoint { get; private set; } = string.Empty;

    public string ApiKey { get; }

    /// <summary>Every request, method and path, in order.</summary>
    public IReadOnlyList<string> Requests => [.. _requests];

    /// <summary>The next this many document-indexing requests are answered 503 (the SDK retries them).</summary>
    public void FailNextIndexing(int count) => Interlocked.Exchange(ref _failIndexing, count);

    /// <summary>How many documents the index holds (0 when it does not exist).</summary>
    public int DocumentCount(string index) => _indexes.TryGetValue(index, out var found) ? found.Count : 0;

    /// <summary>The index's definition as last sent, or null.</summary>
    public JsonObject? Definition(string index) => _indexes.TryGetValue(index, out var found) ? found.Definition.Json : null;

    public static async Task<AzureSearchStandIn> StartAsync(string apiKey = "stand-in-admin-key")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var standIn = new AzureSearchStandIn(app, apiKey);
        app.Run(standIn.HandleAsync);
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        standIn.Endpoint = new UriBuilder(address) { Scheme = Uri.UriSchemeHttps }.Uri.ToString().TrimEnd('/');
        return standIn;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        _requests.Enqueue($"{request.Method} {request.Path}");
        if (request.Headers["api-key"] != ApiKey)
        {
            await ErrorAsync(context, 403, "The api-key is missing or wrong.");
            return;
        }

        var match = Route().Match(Uri.UnescapeDataString(request.Path.Value ?? string.Empty));
        if (!match.Success)
        {
            await ErrorAsync(context, 404, "No such resource.");
            return;
        }

        var name = match.Groups["quoted"].Success ? match.Groups["quoted"].Value : match.Groups["plain"].Value;
        var operation = match.Groups["op"].Success ? match.Groups["op"].Value : null;
        try
        {
            var handler = (operation, request.Method) switch
            {
                (null, "PUT") => PutIndexAsync(context, name),
                (null, "GET") => GetIndexAsync(context, name),
                ("search.index", "POST") => IndexAsync(context, name),
                ("search.post.search", "POST") => SearchAsync(context, name),
                _ => ErrorAsync(context, 405, "Not supported by the stand-in."),
            };
            await handler;
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or InvalidOperationException or System.Text.Json.JsonException)
        {
            await ErrorAsync(context, 400, ex.Message);
        }
    }

    private async Task PutIndexAsync(HttpContext context, string name)
    {
        var json = await ReadAsync(context);
        var definition = IndexDefinition.Parse(name, json);
        var created = true;
        _indexes.AddOrUpdate(name, _ => new StandInIndex(definition), (_, existing) =>
        {
            created = false;
            existing.Definition = definition;
            return existing;
        });
        await WriteAsync(context, created ? 201 : 200, Answer(definition));
    }

    private async Task GetIndexAsync(HttpContext context, string name)
    {
        if (!_indexes.TryGetValue(name, out var index))
        {
            await ErrorAsync(context, 404, $"No index '{name}'.");
            return;
        }

        await WriteAsync(context, 200, Answer(index.Definition));
    }

    private async Task IndexAsync(HttpContext context, string name)
    {
        if (Interlocked.Decrement(ref _failIndexing) >= 0)
        {
            await ErrorAsync(context, 503, "Service unavailable (stand-in fault).");
            return;
        }

        if (!_indexes.TryGetValue(name, out var index))
        {
            await ErrorAsync(context, 404, $"No index '{name}'.");
            return;
        }

        var results = index.Apply((await ReadAsync(context))["value"]?.AsArray() ?? []);
        var value = new JsonArray([.. results.Select(r => (JsonNode)new JsonObject
        {
            ["key"] = r.Key, ["status"] = r.Ok, ["errorMessage"] = r.Error, ["statusCode"] = r.Status,
        })]);
        await WriteAsync(context, results.All(r => r.Ok) ? 200 : 207, new JsonObject { ["value"] = value });
    }

    private async Task SearchAsync(HttpContext context, string name)
    {
        if (!_indexes.TryGetValue(name, out var index))
        {
            await ErrorAsync(context, 404, $"No index '{name}'.");
            return;
        }

        var body = await ReadAsync(context);
        var filter = ODataFilter.Parse(body["filter"]?.GetValue<string>(), index.Definition);
        var vectors = body["vectorQueries"]?.AsArray().OfType<JsonObject>()
            .Select(q => (q["vector"]!.AsArray().Select(v => v!.GetValue<float>()).ToArray(), q["k"]?.GetValue<int>() ?? 50))
            .ToList() ?? [];
        var top = body["top"]?.GetValue<int>() ?? 50;
        var searchFields = body["searchFields"]?.GetValue<string>() is { Length: > 0 } fields ? fields.Split(',', StringSplitOptions.TrimEntries) : null;
        var (total, hits) = index.Search(body["search"]?.GetValue<string>(), filter, vectors, top, searchFields);
        var select = body["select"]?.GetValue<string>() is { Length: > 0 } selected ? selected.Split(',', StringSplitOptions.TrimEntries) : null;
        var value = new JsonArray([.. hits.Select(h => (JsonNode)Project(h.Document, h.Score, select))]);
        var answer = new JsonObject();
        if (body["count"]?.GetValue<bool>() == true)
        {
            answer["@odata.count"] = total;
        }

        answer["value"] = value;
        await WriteAsync(context, 200, answer);
    }

    private static JsonObject Project(JsonObject document, double score, IReadOnlyList<string>? select)
    {
        var result = new JsonObject { ["@search.score"] = score };
        foreach (var (name, value) in document)
        {
            if (select is null || select.Contains(name))
            {
                result[name] = value?.DeepClone();
            }
        }

        return result;
    }

    private static JsonObject Answer(IndexDefinition definition)
    {
        var answer = (JsonObject)definition.Json.DeepClone();
        answer["@odata.etag"] = "\"0x" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant() + "\"";
        return answer;
    }

    private static async Task<JsonObject> ReadAsync(HttpContext context) =>
        JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())?.AsObject() ?? throw new InvalidDataException("The request has no JSON body.");

    private static Task ErrorAsync(HttpContext context, int status, string message) =>
        WriteAsync(context, status, new JsonObject { ["error"] = new JsonObject { ["code"] = string.Empty, ["message"] = message } });

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; odata.metadata=minimal";
        await context.Response.WriteAsync(body.ToJsonString());
    }

    [GeneratedRegex(@"^/indexes(?:\('(?<quoted>[^']+)'\)|/(?<plain>[^/]+))(?:/docs/(?<op>search\.index|search\.post\.search))?$")]
    private static partial Regex Route();
}
