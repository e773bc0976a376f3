namespace ScrutinyBot.Core.Answering;

/// <summary>Answers a question from the indexed papers, always with citations, or says it cannot.</summary>
public interface IQuestionAnswerer
{
    Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken);
}
