namespace ScrutinyBot.Core.Extraction;

/// <summary>Where a fact was read: the source file, the part, the page and the exact text span.</summary>
public sealed record Evidence(string Source, string Part, int Page, string Quote);
