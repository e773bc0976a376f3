namespace ScrutinyBot.Core.Answering.Generative;

/// <summary>What the model produced: an answer whose citations were checked, or why there is none
/// (the note tells the user the extractive answer was used instead).</summary>
public sealed record GenerationOutcome(Answer? Answer, string? FallbackNote)
{
    public static GenerationOutcome Declined(string note) => new(null, note);
}
