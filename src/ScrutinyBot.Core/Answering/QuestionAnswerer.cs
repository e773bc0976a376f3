using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Diagnostics;
using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Answering.Generative;
using ScrutinyBot.Core.Answering.Links;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering;

/// <summary>Answers a question: from the extracted facts when it asks about structure, otherwise from passages,
/// extractively. With a language model configured, the model writes the answer from the passages and the facts
/// together, and its "not in the papers" is an abstention; if it cannot be reached or its answer does not check
/// out, the facts' or the extractive answer is given.</summary>
public sealed class QuestionAnswerer(
    QuestionAnalyzerService analyzer,
    IFactAnswerer facts,
    PassageRetriever retriever,
    ExtractiveAnswerer extractive,
    SentenceMeaning meaning,
    IAnswerGenerator generator,
    TimeProvider time,
    CitationLinker links) : IQuestionAnswerer
{
    public async Task<Answer> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        var answer = await AnswerUnlinkedAsync(question, cancellationToken).ConfigureAwait(false);
        using var stage = AnswerStages.Start("link");
        return links.Link(answer);
    }

    private async Task<Answer> AnswerUnlinkedAsync(Question question, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(question.Text))
        {
            return new Answer(false, "Ask me a question about the committee papers, e.g. \"who chaired the last meeting?\"", []);
        }

        QueryAnalysis analysis;
        using (AnswerStages.Start("analyze"))
        {
            analysis = await analyzer.AnalyzeAsync(question.Text, cancellationToken).ConfigureAwait(false);
        }

        var asOf = question.AsOf ?? DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        Answer? fromFacts;
        using (AnswerStages.Start("facts"))
        {
            fromFacts = await facts.TryAnswerAsync(analysis, asOf, cancellationToken).ConfigureAwait(false);
        }

        // Without a model a fact answer stands alone; so does the facts' own "not in the papers" (minutes missing).
        if (fromFacts is not null && (!generator.IsEnabled || !fromFacts.Answered))
        {
            return fromFacts;
        }

        RetrievalResult retrieval;
        using (AnswerStages.Start("retrieve"))
        {
            retrieval = await retriever.RetrieveAsync(analysis, cancellationToken).ConfigureAwait(false);
        }

        retrieval = await meaning.ScoreAsync(retrieval, cancellationToken).ConfigureAwait(false);

        if (!generator.IsEnabled || (retrieval.Passages.Count == 0 && fromFacts is null))
        {
            using var stage = AnswerStages.Start("extractive");
            return extractive.Answer(retrieval);
        }

        // The model reads the facts beside the passages; when it says they do not answer, that is the answer.
        var generated = await generator.GenerateAsync(question.Text, retrieval, fromFacts, cancellationToken).ConfigureAwait(false);
        if (generated.Answer is not null)
        {
            return generated.Answer;
        }

        if (generated.NotInPapers)
        {
            return extractive.Declined(retrieval);
        }

        return fromFacts ?? extractive.Answer(retrieval, generated.FallbackNote);
    }
}
