namespace ScrutinyBot.Teams.App.Cards;

/// <summary>A titled group of facts on a card, with what to say when it is empty.</summary>
public sealed record FactSection(string? Heading, IReadOnlyList<FactItem> Items, string EmptyText);
