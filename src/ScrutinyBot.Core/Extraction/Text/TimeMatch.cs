namespace ScrutinyBot.Core.Extraction.Text;

/// <summary>A time of day found in text, with where it was found.</summary>
internal sealed record TimeMatch(TimeOnly Time, int Index, int Length);
