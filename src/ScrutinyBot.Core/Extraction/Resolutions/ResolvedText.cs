namespace ScrutinyBot.Core.Extraction.Resolutions;

/// <summary>The text of one decision and the line it starts on, before it becomes a <see cref="Resolution"/>.</summary>
internal sealed record ResolvedText(string Text, string? Reference, int LineIndex);
