namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <param name="Name">The committee's name as the store holds it.</param>
/// <param name="Acronym">The acronym the question used for it ("cyp", "c&amp;f"), when it used one.</param>
public sealed record CommitteeMatch(string Name, string? Acronym);
