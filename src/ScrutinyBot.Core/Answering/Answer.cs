namespace ScrutinyBot.Core.Answering;

/// <param name="Answered">False when the papers do not answer the question; Text then says so helpfully.</param>
/// <param name="AiGenerated">True only when a language model wrote Text.</param>
/// <param name="Note">Something the user should know about how the answer was made (e.g. the model timed out).</param>
public sealed record Answer(
    bool Answered,
    string Text,
    IReadOnlyList<Citation> Citations,
    bool AiGenerated = false,
    string? Note = null);
