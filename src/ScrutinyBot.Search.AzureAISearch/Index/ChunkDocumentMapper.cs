using System.Globalization;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Retrieval.Embeddings;

namespace ScrutinyBot.Search.AzureAISearch.Index;

/// <summary>Between the store's chunks and the index's documents. Meeting dates are indexed as midnight UTC.</summary>
internal static class ChunkDocumentMapper
{
    public static string Key(long chunkId) => chunkId.ToString(CultureInfo.InvariantCulture);

    public static ChunkDocument ToDocument(long documentId, StoredChunk stored, float[]? vector)
    {
        var chunk = stored.Chunk;
        return new ChunkDocument
        {
            Id = Key(stored.Id),
            ChunkId = stored.Id,
            DocumentId = documentId,
            SourcePath = chunk.Paper?.SourcePath,
            Source = chunk.Source,
            PaperTitle = chunk.Paper?.Title,
            Format = chunk.Paper?.Format,
            PartOrdinal = chunk.PartOrdinal,
            PartKind = chunk.PartKind.ToString(),
            PartTitle = chunk.PartTitle,
            PartLabel = chunk.PartLabel,
            ItemTitle = chunk.ItemTitle,
            ItemKey = chunk.ItemTitle ?? string.Empty,
            Page = chunk.Page,
            MeetingDate = chunk.MeetingDate is { } date ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
            Committee = chunk.Committee,
            Council = chunk.Council,
            Text = chunk.Text,
            Vector = vector,
        };
    }

    public static Chunk ToChunk(ChunkDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var source = document.Source ?? string.Empty;
        return new Chunk(
            source,
            document.PartOrdinal,
            Enum.TryParse<PartKind>(document.PartKind, ignoreCase: true, out var kind) ? kind : PartKind.Other,
            document.PartTitle ?? string.Empty,
            document.ItemTitle,
            document.Page,
            document.MeetingDate is { } instant ? DateOnly.FromDateTime(instant.UtcDateTime) : null,
            document.Committee,
            document.Council,
            document.Text ?? string.Empty)
        {
            Paper = new CitedPaper(document.PaperTitle ?? source, document.Format ?? string.Empty, document.SourcePath ?? string.Empty),
            PartLabel = document.PartLabel,
        };
    }
}
