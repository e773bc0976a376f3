using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Answering.Generative;

/// <summary>A language model that writes the answer from the retrieved passages (and the facts extracted for the
/// question, when there are any) only. Absent unless configured.</summary>
public interface IAnswerGenerator
{
    bool IsEnabled { get; }

    /// <param name="facts">The answer the extracted facts gave (meetings, resolutions, responses), given to the model as
    /// evidence beside the passages; null when the facts hold none.</param>
    Task<GenerationOutcome> GenerateAsync(string question, RetrievalResult retrieval, Answer? facts, CancellationToken cancellationToken);
}
