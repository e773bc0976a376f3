namespace ScrutinyBot.Core.Extraction.Blocks;

/// <summary>One way to read a list marker: its kind, how it is bracketed ("(_)", "_)", "_.") and its place in the list.</summary>
internal sealed record MarkerReading(MarkerKind Kind, string Style, int Ordinal);
