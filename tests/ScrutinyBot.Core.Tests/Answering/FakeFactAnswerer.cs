using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Answering;

/// <summary>Answers from facts only when given an answer to return.</summary>
internal sealed class FakeFactAnswerer(Answer? answer = null) : IFactAnswerer
{
    public Task<Answer?> TryAnswerAsync(QueryAnalysis analysis, DateOnly asOf, CancellationToken cancellationToken) => Task.FromResult(answer);
}
