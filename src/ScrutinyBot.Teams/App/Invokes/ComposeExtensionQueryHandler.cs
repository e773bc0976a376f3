using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ScrutinyBot.Teams.App.Search;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.App.Invokes;

/// <summary>The search message extension (invoke <c>composeExtension/query</c>): results as Adaptive Cards, each
/// with a thumbnail preview, answered inside Teams' 5 s limit.</summary>
public sealed partial class ComposeExtensionQueryHandler(ComposeSearch search, ILogger<ComposeExtensionQueryHandler> logger) : IInvokeHandler
{
    public const string ThumbnailContentType = "application/vnd.microsoft.card.thumbnail";

    public string Name => "composeExtension/query";

    public async Task<InvokeResponse?> HandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var value = turnContext.Activity.Value;
        var (query, initialRun) = ReadQuery(value);
        var options = InvokeValue.Property(value, "queryOptions");
        var count = Math.Clamp(InvokeValue.Int(options, "count") ?? ComposeSearchLimits.DefaultCount, 1, ComposeSearchLimits.MaxCount);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(ComposeSearchLimits.Budget);
        IReadOnlyList<ComposeSearchResult> results;
        try
        {
            results = await search.SearchAsync(initialRun ? null : query, count, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogOutOfTime(logger, turnContext.Activity.Id);
            results = [];
        }

        return new InvokeResponse(200, Result(results));
    }

    private static (string? Query, bool InitialRun) ReadQuery(JsonElement? value)
    {
        string? query = null;
        var initialRun = false;
        if (InvokeValue.Property(value, "parameters") is { ValueKind: JsonValueKind.Array } parameters)
        {
            foreach (var parameter in parameters.EnumerateArray())
            {
                var name = InvokeValue.String(parameter, "name");
                if (string.Equals(name, "initialRun", StringComparison.OrdinalIgnoreCase))
                {
                    initialRun = true;
                }
                else
                {
                    query ??= InvokeValue.String(parameter, "value");
                }
            }
        }

        return (query, initialRun || string.IsNullOrWhiteSpace(query));
    }

    private static JsonObject Result(IReadOnlyList<ComposeSearchResult> results) => new()
    {
        ["composeExtension"] = new JsonObject
        {
            ["type"] = "result",
            ["attachmentLayout"] = "list",
            ["attachments"] = new JsonArray([.. results.Select(Attachment)]),
        },
    };

    private static JsonObject Attachment(ComposeSearchResult result) => new()
    {
        ["contentType"] = Cards.AdaptiveCardElements.ContentType,
        ["content"] = result.Card,
        ["preview"] = new JsonObject
        {
            ["contentType"] = ThumbnailContentType,
            ["content"] = new JsonObject { ["title"] = Cards.MarkdownText.Escape(result.Title), ["text"] = Cards.MarkdownText.Escape(result.Text) },
        },
    };

    [LoggerMessage(EventId = 4601, Level = LogLevel.Warning, Message = "Compose search for activity {ActivityId} ran out of time")]
    private static partial void LogOutOfTime(ILogger logger, string? activityId);
}
