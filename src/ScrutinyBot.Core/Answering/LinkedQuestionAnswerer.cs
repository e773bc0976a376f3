namespace ScrutinyBot.Core.Answering;

/// <summary>The question answerer whose citations carry the council's address of each synced paper.</summary>
public sealed class LinkedQuestionAnswerer(QuestionAnswerer inner, SourceUrlLinker linker) : IQuestionAnswerer
{
    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken) =>
        await linker.LinkAsync(await inner.AnswerAsync(question, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
}
