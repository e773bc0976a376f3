namespace ScrutinyBot.Search.AzureAISearch.Index;

/// <summary>The names of the chunk index's fields, as the schema declares them and documents and queries use them.</summary>
internal static class ChunkFields
{
    /// <summary>The key: the store's chunk id as text.</summary>
    public const string Id = "id";
    public const string ChunkId = "chunkId";
    public const string DocumentId = "documentId";
    public const string SourcePath = "sourcePath";
    public const string Source = "source";
    public const string PaperTitle = "paperTitle";
    public const string Format = "format";
    public const string PartOrdinal = "partOrdinal";
    public const string PartKind = "partKind";
    public const string PartTitle = "partTitle";
    public const string PartLabel = "partLabel";
    public const string ItemTitle = "itemTitle";

    /// <summary>The item title, or empty when the chunk has none (so "the same item" is one equality).</summary>
    public const string ItemKey = "itemKey";
    public const string Page = "page";
    public const string MeetingDate = "meetingDate";
    public const string Committee = "committee";
    public const string Council = "council";
    public const string Text = "text";
    public const string Vector = "vector";

    /// <summary>The searchable fields, in the order of their weight in <see cref="ChunkIndexSchema.ScoringProfile"/>.</summary>
    public static readonly IReadOnlyList<string> Searchable = [PartTitle, ItemTitle, Text, Committee];
}
