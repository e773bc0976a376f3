namespace ScrutinyBot.Core.Documents;

/// <summary>A document as the store holds it.</summary>
/// <param name="Source">The file name ingested (what citations show).</param>
/// <param name="SourcePath">The full path it was read from; unique in the store.</param>
public sealed record StoredDocument(
    long Id,
    string Source,
    string SourcePath,
    string ContentHash,
    string Format,
    int PageCount,
    DateTimeOffset IngestedAt,
    DocumentMetadata Metadata);
