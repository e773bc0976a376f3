using System.Numerics.Tensors;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Diagnostics;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.Embeddings;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Scores the best candidate sentences by meaning: each is embedded and its similarity to the question kept
/// with the retrieval, so the sentence choice weighs meaning beside words. A fixed number of sentences, so the cost
/// does not grow with the store. With no embedding model, or a weight of 0, the result comes back unchanged.</summary>
public sealed class SentenceMeaning(IOptions<RetrievalOptions> options, HybridFusion? hybrid = null)
{
    public async Task<RetrievalResult> ScoreAsync(RetrievalResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        var settings = options.Value;
        if (hybrid is null || !hybrid.IsEnabled || settings.SentenceSimilarityWeight <= 0 || result.Passages.Count == 0)
        {
            return result;
        }

        using var stage = AnswerStages.Start("sentences.embed");
        var texts = ExtractiveAnswerer.RankedSentences(result, settings.SentencesEmbedded * 2)
            .Select(s => s.Text)
            .Distinct(StringComparer.Ordinal)
            .Take(settings.SentencesEmbedded)
            .ToList();
        var embedded = await hybrid.EmbedWithQuestionAsync(result.Analysis.Text, texts, cancellationToken).ConfigureAwait(false);
        if (embedded is not { } vectors)
        {
            return result;
        }

        var similarities = vectors.Texts.Select(v => (double)TensorPrimitives.CosineSimilarity(vectors.Question, v)).ToList();
        var least = similarities.Min();
        var bonus = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            bonus[texts[i]] = settings.SentenceSimilarityWeight * (similarities[i] - least);
        }

        return result with { MeaningBonus = bonus };
    }
}
