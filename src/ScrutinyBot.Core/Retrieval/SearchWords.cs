namespace ScrutinyBot.Core.Retrieval;

/// <summary>Single words and multi-word phrases to search for.</summary>
public sealed record SearchWords(IReadOnlyList<string> Terms, IReadOnlyList<string> Phrases);
