namespace ScrutinyBot.Core.Extraction.Resolutions;

/// <summary>The text of one decision and the line it starts on, before it becomes a <see cref="Resolution"/>.</summary>
/// <param name="Lead">The words over the list the decision is an item of ("That the Commission makes the following
/// recommendations to the Mayor and Cabinet:"), when it is one.</param>
internal sealed record ResolvedText(string Text, string? Reference, int LineIndex, string? Lead = null);
