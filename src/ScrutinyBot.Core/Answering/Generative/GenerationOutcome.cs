namespace ScrutinyBot.Core.Answering.Generative;

/// <summary>What the model produced: an answer whose citations were checked; its judgement that the papers do not
/// answer the question (<see cref="NotInPapers"/>); or why there is neither (the note tells the user the extractive
/// answer was used instead).</summary>
public sealed record GenerationOutcome(Answer? Answer, string? FallbackNote)
{
    /// <summary>True when the model read the evidence and said it does not answer the question: an abstention.</summary>
    public bool NotInPapers { get; init; }

    public static GenerationOutcome Declined(string note) => new(null, note);

    public static GenerationOutcome NotFound() => new(null, null) { NotInPapers = true };
}
