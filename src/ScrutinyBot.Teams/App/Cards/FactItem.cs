using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Teams.App.Cards;

/// <summary>One fact as a card shows it: a heading, a few lines, and the evidence it was read from.</summary>
public sealed record FactItem(string Heading, IReadOnlyList<string> Lines, Evidence? Evidence);
