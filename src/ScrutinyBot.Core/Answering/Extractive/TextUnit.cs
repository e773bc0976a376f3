namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>A sentence, list item or table line of a passage.</summary>
/// <param name="StartsLine">True when it begins a line of the passage (a list item, a table row, a new paragraph).</param>
public sealed record TextUnit(string Text, bool StartsLine);
