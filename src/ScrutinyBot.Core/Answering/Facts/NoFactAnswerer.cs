using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Answers nothing from facts (every question goes to the text search).</summary>
public sealed class NoFactAnswerer : IFactAnswerer
{
    public Task<Answer?> TryAnswerAsync(QueryAnalysis analysis, DateOnly asOf, CancellationToken cancellationToken) =>
        Task.FromResult<Answer?>(null);
}
