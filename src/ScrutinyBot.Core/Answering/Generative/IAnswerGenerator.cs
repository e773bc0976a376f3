using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Answering.Generative;

/// <summary>A language model that writes the answer from the retrieved passages only. Absent unless configured.</summary>
public interface IAnswerGenerator
{
    bool IsEnabled { get; }

    Task<GenerationOutcome> GenerateAsync(string question, RetrievalResult retrieval, CancellationToken cancellationToken);
}
