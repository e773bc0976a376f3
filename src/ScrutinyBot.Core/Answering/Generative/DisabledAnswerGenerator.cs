using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Answering.Generative;

/// <summary>Used when no AI endpoint is configured: nothing calls out.</summary>
public sealed class DisabledAnswerGenerator : IAnswerGenerator
{
    public bool IsEnabled => false;

    public Task<GenerationOutcome> GenerateAsync(string question, RetrievalResult retrieval, Answer? facts, CancellationToken cancellationToken) =>
        Task.FromResult(GenerationOutcome.Declined("No language model is configured."));
}
