using Azure.Search.Documents;
using Azure.Search.Documents.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Search.AzureAISearch.Index;

namespace ScrutinyBot.Search.AzureAISearch.Indexing;

/// <summary>Writes chunks to the index in batches of Search:AzureAISearch:BatchSize (IndexDocumentsBatch), each request
/// retried by the SDK; an item the service refuses fails the call with its key and reason.</summary>
public sealed partial class ChunkIndexWriter(
    AzureSearchClients clients, ChunkIndexInitializer initializer, IOptions<AzureAISearchOptions> options, ILogger<ChunkIndexWriter> logger)
{
    private const int KeysPerRound = 1_000;
    private const int NotFound = 404;

    /// <summary>Adds the chunks, or replaces them when their keys are already indexed.</summary>
    internal async Task UploadAsync(IReadOnlyList<ChunkDocument> documents, CancellationToken cancellationToken)
    {
        foreach (var batch in documents.Chunk(options.Value.BatchSize))
        {
            await SendAsync(IndexDocumentsBatch.MergeOrUpload(batch), ignoreMissing: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sets the vectors of indexed chunks; a chunk no longer indexed (forgotten meanwhile) is passed over.</summary>
    public async Task SetVectorsAsync(IReadOnlyList<ChunkVector> vectors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        var documents = vectors.Select(v => new ChunkVectorDocument { Id = ChunkDocumentMapper.Key(v.ChunkId), Vector = v.Vector });
        foreach (var batch in documents.Chunk(options.Value.BatchSize))
        {
            await SendAsync(IndexDocumentsBatch.Merge(batch), ignoreMissing: true, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Removes every chunk the filter selects: their keys are read a thousand at a time and deleted in batches.</summary>
    /// <returns>How many were removed.</returns>
    public async Task<int> DeleteWhereAsync(string filter, CancellationToken cancellationToken)
    {
        await initializer.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var removed = 0;
        while (true)
        {
            var keys = await KeysAsync(filter, cancellationToken).ConfigureAwait(false);
            if (keys.Count == 0)
            {
                return removed;
            }

            foreach (var batch in keys.Chunk(options.Value.BatchSize))
            {
                await SendAsync(IndexDocumentsBatch.Delete(ChunkFields.Id, batch), ignoreMissing: true, cancellationToken).ConfigureAwait(false);
            }

            removed += keys.Count;
            LogDeleted(logger, keys.Count, clients.IndexName);
        }
    }

    private async Task<List<string>> KeysAsync(string filter, CancellationToken cancellationToken)
    {
        var search = new SearchOptions { Filter = filter, Size = KeysPerRound, Select = { ChunkFields.Id } };
        var response = await clients.Search.SearchAsync<ChunkDocument>("*", search, cancellationToken).ConfigureAwait(false);
        var keys = new List<string>();
        await foreach (var result in response.Value.GetResultsAsync().ConfigureAwait(false))
        {
            keys.Add(result.Document.Id);
            if (keys.Count == KeysPerRound)
            {
                break;
            }
        }

        return keys;
    }

    private async Task SendAsync<T>(IndexDocumentsBatch<T> batch, bool ignoreMissing, CancellationToken cancellationToken)
    {
        await initializer.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var response = await clients.Search.IndexDocumentsAsync(batch, new IndexDocumentsOptions { ThrowOnAnyError = false }, cancellationToken).ConfigureAwait(false);
        var failed = response.Value.Results.Where(r => !r.Succeeded && !(ignoreMissing && r.Status == NotFound)).ToList();
        if (failed.Count > 0)
        {
            var first = failed[0];
            throw new ChunkIndexException(
                $"Azure AI Search index '{clients.IndexName}' refused {failed.Count} of {batch.Actions.Count} chunk(s); the first, key {first.Key}: {first.Status} {first.ErrorMessage}");
        }

        LogSent(logger, batch.Actions.Count, clients.IndexName);
    }

    [LoggerMessage(EventId = 3401, Level = LogLevel.Debug, Message = "Sent {Count} chunk action(s) to Azure AI Search index {IndexName}")]
    private static partial void LogSent(ILogger logger, int count, string indexName);

    [LoggerMessage(EventId = 3402, Level = LogLevel.Debug, Message = "Removed {Count} chunk(s) from Azure AI Search index {IndexName}")]
    private static partial void LogDeleted(ILogger logger, int count, string indexName);
}
