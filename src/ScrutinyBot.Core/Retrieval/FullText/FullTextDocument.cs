namespace ScrutinyBot.Core.Retrieval.FullText;

/// <summary>The searched columns of one chunk, as the full-text index sees them (absent titles are empty).</summary>
public sealed record FullTextDocument(long Id, string PartTitle, string? ItemTitle, string Text, string? Committee);
