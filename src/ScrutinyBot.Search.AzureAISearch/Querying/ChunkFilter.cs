using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Search.AzureAISearch.Index;

namespace ScrutinyBot.Search.AzureAISearch.Querying;

/// <summary>The OData filters of the chunk index: a query's meeting date range, committee and part; a document's
/// chunks; the chunks that follow given ones.</summary>
internal static class ChunkFilter
{
    /// <summary>The query's filters joined by "and"; null when it has none. The committee is matched as a phrase in the
    /// chunk's committee (case and possessives aside, as the store's engines match a name contained in it).</summary>
    public static string? For(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var clauses = new List<string>();
        if (query.From is { } from)
        {
            clauses.Add($"{ChunkFields.MeetingDate} ge {ODataLiteral.Date(from)}");
        }

        if (query.To is { } to)
        {
            clauses.Add($"{ChunkFields.MeetingDate} le {ODataLiteral.Date(to)}");
        }

        if (query.Committee is { } committee && QueryWords.Of(committee) is { Count: > 0 } words)
        {
            var phrase = "\"" + string.Join(' ', words) + "\"";
            clauses.Add($"search.ismatch({ODataLiteral.String(phrase)}, {ODataLiteral.String(ChunkFields.Committee)}, 'simple', 'all')");
        }

        if (query.Part is { } part)
        {
            clauses.Add($"{ChunkFields.PartKind} eq {ODataLiteral.String(part.ToString())}");
        }

        return clauses.Count == 0 ? null : string.Join(" and ", clauses);
    }

    /// <summary>The chunks with these ids.</summary>
    public static string Ids(IEnumerable<long> chunkIds) =>
        $"search.in({ChunkFields.Id}, {ODataLiteral.String(string.Join(',', chunkIds.Select(ChunkDocumentMapper.Key)))}, ',')";

    /// <summary>The index's chunks of a stored document that are not among its current chunks: those of the version it
    /// replaced (same path, or same document id), or all of them when <paramref name="current"/> is empty.</summary>
    public static string StaleChunks(string sourcePath, long documentId, IReadOnlyCollection<long> current)
    {
        var document = $"({ChunkFields.SourcePath} eq {ODataLiteral.String(sourcePath)} or {ChunkFields.DocumentId} eq {ODataLiteral.Number(documentId)})";
        return current.Count == 0 ? document : $"{document} and not {Ids(current)}";
    }

    /// <summary>A document's chunks.</summary>
    public static string Document(long documentId) => $"{ChunkFields.DocumentId} eq {ODataLiteral.Number(documentId)}";

    /// <summary>The chunks after <paramref name="chunk"/>, at most <paramref name="count"/> ids on, in its part and item.</summary>
    public static string Following(ChunkDocument chunk, int count)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        return $"({ChunkFields.DocumentId} eq {ODataLiteral.Number(chunk.DocumentId)} and {ChunkFields.PartOrdinal} eq {ODataLiteral.Number(chunk.PartOrdinal)}"
            + $" and {ChunkFields.ItemKey} eq {ODataLiteral.String(chunk.ItemKey ?? string.Empty)}"
            + $" and {ChunkFields.ChunkId} gt {ODataLiteral.Number(chunk.ChunkId)} and {ChunkFields.ChunkId} le {ODataLiteral.Number(chunk.ChunkId + count)})";
    }
}
