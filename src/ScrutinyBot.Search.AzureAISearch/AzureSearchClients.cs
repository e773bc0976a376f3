using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Search.Documents;
using Azure.Search.Documents.Indexes;
using Microsoft.Extensions.Options;

namespace ScrutinyBot.Search.AzureAISearch;

/// <summary>The service's clients, made once from the options, with the SDK's retries (exponential back-off on
/// timeouts, 408, 429 and 5xx) and a per-request timeout.</summary>
public sealed class AzureSearchClients
{
    private readonly Lazy<(SearchIndexClient Indexes, SearchClient Search)> _clients;

    /// <param name="transport">The HTTP transport; the SDK's own unless given (tests pass one to a loopback stand-in).</param>
    public AzureSearchClients(IOptions<AzureAISearchOptions> options, HttpPipelineTransport? transport = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        IndexName = settings.IndexName;
        _clients = new Lazy<(SearchIndexClient, SearchClient)>(() => Create(settings, transport));
    }

    public string IndexName { get; }

    public SearchIndexClient Indexes => _clients.Value.Indexes;

    public SearchClient Search => _clients.Value.Search;

    private static (SearchIndexClient, SearchClient) Create(AzureAISearchOptions settings, HttpPipelineTransport? transport)
    {
        if (!Uri.TryCreate(settings.Endpoint, UriKind.Absolute, out var endpoint))
        {
            throw new InvalidOperationException($"Search:AzureAISearch:Endpoint '{settings.Endpoint}' is not an absolute address (e.g. https://my-service.search.windows.net).");
        }

        var clientOptions = new SearchClientOptions();
        clientOptions.Retry.Mode = RetryMode.Exponential;
        clientOptions.Retry.MaxRetries = settings.MaxRetries;
        clientOptions.Retry.Delay = TimeSpan.FromMilliseconds(settings.RetryDelayMilliseconds);
        clientOptions.Retry.MaxDelay = TimeSpan.FromMilliseconds(Math.Max(settings.RetryDelayMilliseconds, 30_000));
        clientOptions.Retry.NetworkTimeout = TimeSpan.FromSeconds(settings.TimeoutSeconds);
        if (transport is not null)
        {
            clientOptions.Transport = transport;
        }

        var credential = new AzureKeyCredential(settings.ApiKey);
        var indexes = new SearchIndexClient(endpoint, credential, clientOptions);
        return (indexes, indexes.GetSearchClient(settings.IndexName));
    }
}
