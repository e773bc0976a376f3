namespace ScrutinyBot.Core.Retrieval.Chunking;

/// <summary>A span [Start, End) of a part's text under one agenda-item heading (Title null before the first heading).</summary>
public sealed record ItemSection(string? Title, int Start, int End);
