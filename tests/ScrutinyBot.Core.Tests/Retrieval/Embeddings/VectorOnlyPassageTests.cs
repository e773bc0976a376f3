using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Retrieval.Embeddings.Sqlite;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Retrieval.Sqlite;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Core.Tests.Retrieval.Sqlite;

namespace ScrutinyBot.Core.Tests.Retrieval.Embeddings;

/// <summary>A passage only the vector leg finds shares no words with the question, so its coverage is nil and the
/// re-ranker puts it below every keyword passage: it must still reach the answer's passages.</summary>
public sealed class VectorOnlyPassageTests : IDisposable
{
    private const string Question = "What help is there for rough sleepers?";
    private const string Paraphrased = "The outreach team found beds for forty people who had been living on the streets this winter.";

    private static readonly KeywordVectors Topics = new(["rough sleep", "living on the streets"], ["budget"]);

    private readonly SqliteTestStore _store = new();

    [Fact]
    public async Task RetrieveAsync_MoreKeywordPassagesThanPlaces_KeepsTheVectorOnlyPassage()
    {
        await AddPapersAsync();
        var sut = await RetrieverAsync(new RetrievalOptions { MaxResults = 3 });

        var result = await sut.RetrieveAsync(Analyze(Question), CancellationToken.None);

        Assert.Equal(3, result.Passages.Count);
        var kept = Assert.Single(result.Passages, p => p.Hit.Chunk.Text == Paraphrased);
        Assert.False(kept.Hit.FromKeywords);
        Assert.Equal(1, kept.Hit.VectorRank);
        Assert.Equal(0, kept.Coverage);
        Assert.Equal(kept, result.Passages[^1]);
    }

    [Fact]
    public async Task RetrieveAsync_NoPlacesKeptForVectorOnlyPassages_RerankerDropsIt()
    {
        await AddPapersAsync();
        var sut = await RetrieverAsync(new RetrievalOptions { MaxResults = 3, VectorOnlyKept = 0 });

        var result = await sut.RetrieveAsync(Analyze(Question), CancellationToken.None);

        Assert.DoesNotContain(result.Passages, p => p.Hit.Chunk.Text == Paraphrased);
    }

    [Fact]
    public void KeepVectorOnly_VectorOnlyPassageAlreadyInTheBest_ChangesNothing()
    {
        var keyword = Passage(1, score: 2, fromKeywords: true, vectorRank: null);
        var vectorOnly = Passage(2, score: 1.5, fromKeywords: false, vectorRank: 1);
        var low = Passage(3, score: 1, fromKeywords: true, vectorRank: 2);

        var kept = PassageRetriever.KeepVectorOnly([keyword, vectorOnly, low], count: 2, vectorOnly: 2);

        Assert.Equal([keyword, vectorOnly], kept);
    }

    public void Dispose() => _store.Dispose();

    private static ScoredPassage Passage(long id, double score, bool fromKeywords, int? vectorRank) =>
        new(new SearchHit(id, new Documents.Chunk("pack.pdf", 1, Documents.PartKind.Report, "Part", null, 1, null, null, null, $"text {id}"), score)
        {
            FromKeywords = fromKeywords,
            VectorRank = vectorRank,
        }, score, 0.5);

    private static QueryAnalysis Analyze(string question) => QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));

    private async Task AddPapersAsync()
    {
        var document = await _store.AddDocumentAsync("pack.pdf");
        await _store.AddChunkAsync(document, Paraphrased);
        foreach (var place in new[] { "the depot", "the leisure centre", "the library", "the town hall", "the market" })
        {
            await _store.AddChunkAsync(document, $"Members asked what help there is for rough weather damage at {place}.");
        }
    }

    private async Task<PassageRetriever> RetrieverAsync(RetrievalOptions retrieval)
    {
        var embedder = new FakeTextEmbedder(Topics.VectorOf);
        var vectors = new SqliteChunkVectorStore(_store.Connections);
        await new ChunkEmbeddingIndexer(embedder, vectors, Options.Create(new AIOptions()), NullLogger<ChunkEmbeddingIndexer>.Instance)
            .EmbedMissingAsync(CancellationToken.None);
        var generation = new SqliteStoreGeneration(_store.Connections);
        var hybrid = new HybridFusion(embedder, new ChunkVectorIndex(vectors, generation), vectors, new QuestionVectorCache());
        return new PassageRetriever(new SqliteSearchIndex(_store.Connections, generation), Options.Create(retrieval), hybrid);
    }
}
