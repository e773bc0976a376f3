namespace ScrutinyBot.Core.Extraction.Text;

/// <summary>A date found in text, with where it was found.</summary>
internal sealed record DateMatch(DateOnly Date, int Index, int Length);
