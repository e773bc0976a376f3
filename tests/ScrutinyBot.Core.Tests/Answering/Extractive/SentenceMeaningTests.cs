using Microsoft.Extensions.Options;
using Moq;
using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Tests.Retrieval;
using ScrutinyBot.Core.Tests.Retrieval.Embeddings;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class SentenceMeaningTests
{
    private const string Question = "What help is there for rough sleepers?";
    private const string ByWords = "Rough weather and sleepers on the railway line were discussed.";
    private const string ByMeaning = "Outreach workers found beds for forty people sleeping on the streets.";

    private static readonly KeywordVectors Topics = new(["rough sleep", "sleeping on the streets", "help"], ["weather", "railway"]);

    [Fact]
    public async Task ScoreAsync_WithAWeight_PutsTheSentenceClosestInMeaningFirst()
    {
        var result = await RetrieveAsync();
        Assert.Equal(ByWords, ExtractiveAnswerer.RankedSentences(result, 1)[0].Text);

        var scored = await Sut(weight: 2, out var embedder).ScoreAsync(result, CancellationToken.None);

        Assert.Equal(ByMeaning, ExtractiveAnswerer.RankedSentences(scored, 1)[0].Text);
        Assert.True(scored.MeaningBonus[ByMeaning] > scored.MeaningBonus[ByWords]);
        embedder.Verify(e => e.EmbedAsync(It.Is<IReadOnlyList<string>>(t => t.Count == 1 && t[0] == Question), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ScoreAsync_WeightZero_EmbedsNothingAndLeavesTheResult()
    {
        var result = await RetrieveAsync();

        var scored = await Sut(weight: 0, out var embedder).ScoreAsync(result, CancellationToken.None);

        Assert.Same(result, scored);
        embedder.Verify(e => e.EmbedAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task ScoreAsync_ModelFails_LeavesTheResult()
    {
        var result = await RetrieveAsync();
        var embedder = new Mock<ITextEmbedder>();
        embedder.Setup(e => e.IsEnabled).Returns(true);
        embedder.Setup(e => e.EmbedAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>())).ReturnsAsync((IReadOnlyList<float[]>?)null);
        var sut = new SentenceMeaning(Options.Create(new RetrievalOptions { SentenceSimilarityWeight = 1 }), Hybrid(embedder.Object));

        var scored = await sut.ScoreAsync(result, CancellationToken.None);

        Assert.Same(result, scored);
    }

    private static async Task<RetrievalResult> RetrieveAsync()
    {
        var retriever = new PassageRetriever(new FakeSearchIndex(FakeSearchIndex.Chunk($"{ByWords} {ByMeaning}")), Options.Create(new RetrievalOptions()));
        return await retriever.RetrieveAsync(QueryAnalyzer.Analyze(Question, new CommitteeRecognizer([])), CancellationToken.None);
    }

    private static SentenceMeaning Sut(double weight, out Mock<ITextEmbedder> embedder)
    {
        embedder = new Mock<ITextEmbedder>();
        embedder.Setup(e => e.IsEnabled).Returns(true);
        embedder.Setup(e => e.EmbedAsync(It.IsAny<IReadOnlyList<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyList<string> texts, CancellationToken _) => texts.Select(Topics.VectorOf).ToList());
        return new SentenceMeaning(Options.Create(new RetrievalOptions { SentenceSimilarityWeight = weight }), Hybrid(embedder.Object));
    }

    private static HybridFusion Hybrid(ITextEmbedder embedder) =>
        new(embedder, Mock.Of<IChunkVectorSearch>(), Mock.Of<IChunkVectorStore>());
}
