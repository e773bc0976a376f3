using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Answers questions about structure (chair, attendance, times, places, resolutions, responses, work
/// programme) from the extracted facts, each fact cited to its evidence.</summary>
public interface IFactAnswerer
{
    /// <returns>The answer, or null when the facts do not answer the question (the text search then tries).</returns>
    Task<Answer?> TryAnswerAsync(QueryAnalysis analysis, DateOnly asOf, CancellationToken cancellationToken);
}
