using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Answering.Generative;
using ScrutinyBot.Core.Answering.Links;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Retrieval.Embeddings.Sqlite;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Retrieval.Sqlite;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Core.Tests.Answering;
using ScrutinyBot.Core.Tests.Retrieval.Sqlite;
using ScrutinyBot.Core.Tests.TestSupport;

namespace ScrutinyBot.Core.Tests.Retrieval.Embeddings;

/// <summary>Retrieval over a real store whose chunk vectors come from the loopback "model": a question asked in other
/// words than the paper's reaches the paper through the vector leg.</summary>
public sealed class HybridRetrievalTests : IDisposable
{
    private const string Question = "What help is there for rough sleepers?";
    private const string Paraphrased = "The outreach team found beds for forty people who had been sleeping on the streets this winter.";

    private static readonly KeywordVectors Topics = new(["rough sleep", "sleeping on the streets"], ["budget"]);

    private readonly SqliteTestStore _store = new();

    [Fact]
    public async Task RetrieveAsync_KeywordsOnly_MissesThePaperInOtherWords()
    {
        await AddPapersAsync();
        var sut = new PassageRetriever(SearchIndex(), Options.Create(new RetrievalOptions()));

        var result = await sut.RetrieveAsync(Analyze(Question), CancellationToken.None);

        Assert.NotEmpty(result.Passages);
        Assert.DoesNotContain(result.Passages, p => p.Hit.Chunk.Text == Paraphrased);
    }

    [Fact]
    public async Task RetrieveAsync_WithEmbeddings_FindsThePaperInOtherWordsAndEmbedsTheQuestionOnce()
    {
        await using var server = new LoopbackOpenAIServer(r => LoopbackOpenAIServer.Embeddings(r, Topics.VectorOf));
        await AddPapersAsync();
        var embedder = LoopbackEmbedder.Create(LoopbackEmbedder.Settings(server));
        await Indexer(embedder).EmbedMissingAsync(CancellationToken.None);
        var sut = new PassageRetriever(SearchIndex(), Options.Create(new RetrievalOptions()), Hybrid(embedder));

        var result = await sut.RetrieveAsync(Analyze(Question), CancellationToken.None);

        Assert.Contains(result.Passages, p => p.Hit.Chunk.Text == Paraphrased);
        Assert.Contains(result.Passages, p => p.Hit.Chunk.Text.Contains("rough weather", StringComparison.Ordinal));
        Assert.Single(server.EmbeddedTexts(), t => t == Question);
    }

    [Fact]
    public async Task RetrieveAsync_StorePastTheExactScanLimit_KeepsTheVectorOnlyPaper()
    {
        await using var server = new LoopbackOpenAIServer(r => LoopbackOpenAIServer.Embeddings(r, Topics.VectorOf));
        await AddPapersAsync();
        var embedder = LoopbackEmbedder.Create(LoopbackEmbedder.Settings(server));
        await Indexer(embedder).EmbedMissingAsync(CancellationToken.None);
        var options = new RetrievalOptions { VectorExactScanLimit = 0, VectorShortlist = 2 };
        var sut = new PassageRetriever(SearchIndex(), Options.Create(options), Hybrid(embedder, options));

        var result = await sut.RetrieveAsync(Analyze(Question), CancellationToken.None);

        var paper = Assert.Single(result.Passages, p => p.Hit.Chunk.Text == Paraphrased);
        Assert.False(paper.Hit.FromKeywords);
        Assert.Equal(1, paper.Hit.VectorRank);
    }

    [Fact]
    public async Task FuseAsync_ChunkInBothLegs_RanksAboveChunksInOne()
    {
        await using var server = new LoopbackOpenAIServer(r => LoopbackOpenAIServer.Embeddings(r, Topics.VectorOf));
        var document = await _store.AddDocumentAsync("pack.pdf");
        var both = await _store.AddChunkAsync(document, "Rough sleeping: the count found twelve people.");
        var vectorOnly = await _store.AddChunkAsync(document, Paraphrased);
        var keywordOnly = await _store.AddChunkAsync(document, "Rough weather closed the depot.");
        var embedder = LoopbackEmbedder.Create(LoopbackEmbedder.Settings(server));
        await Indexer(embedder).EmbedMissingAsync(CancellationToken.None);
        var keywordHits = await SearchIndex().SearchAsync(new SearchQuery(["rough"], []), CancellationToken.None);

        var fused = await Hybrid(embedder).FuseAsync(Question, keywordHits, limit: 2, CancellationToken.None);

        Assert.Equal(keywordOnly, keywordHits[0].ChunkId);
        Assert.Equal(both, fused[0].ChunkId);
        Assert.Contains(fused, h => h.ChunkId == vectorOnly);
        Assert.Contains(fused, h => h.ChunkId == keywordOnly);
        Assert.Equal(fused.OrderByDescending(h => h.FusedScore).Select(h => h.ChunkId), fused.Select(h => h.ChunkId));
    }

    [Fact]
    public async Task FuseAsync_EmbedderDisabled_ReturnsTheKeywordHitsAsTheyCame()
    {
        var document = await _store.AddDocumentAsync("pack.pdf");
        await _store.AddChunkAsync(document, "Rough weather closed the depot.");
        var keywordHits = await SearchIndex().SearchAsync(new SearchQuery(["rough"], []), CancellationToken.None);

        var fused = await Hybrid(new DisabledTextEmbedder()).FuseAsync(Question, keywordHits, 10, CancellationToken.None);

        Assert.Same(keywordHits, fused);
    }

    [Fact]
    public async Task NearestAsync_VectorsSavedAfterFirstLoad_SeenOnNextCall()
    {
        var document = await _store.AddDocumentAsync("pack.pdf");
        var first = await _store.AddChunkAsync(document, "one");
        var second = await _store.AddChunkAsync(document, "two");
        var vectors = new SqliteChunkVectorStore(_store.Connections);
        var sut = new ChunkVectorIndex(vectors, new SqliteStoreGeneration(_store.Connections));
        await vectors.SaveAsync([new ChunkVector(first, [1, 0])], CancellationToken.None);
        Assert.Equal([first], (await sut.NearestAsync([1, 0], 5, CancellationToken.None)).Select(m => m.ChunkId));

        await vectors.SaveAsync([new ChunkVector(second, [1, 0.1f])], CancellationToken.None);

        Assert.Equal([first, second], (await sut.NearestAsync([1, 0], 5, CancellationToken.None)).Select(m => m.ChunkId));
    }

    [Fact]
    public async Task AnswerAsync_EmbeddingEndpointErrors_AnswersExtractivelyFromKeywords()
    {
        await using var server = new LoopbackOpenAIServer(r => LoopbackOpenAIServer.Embeddings(r, Topics.VectorOf), status: HttpStatusCode.InternalServerError);
        var document = await _store.AddDocumentAsync("budget.pdf");
        await _store.AddChunkAsync(document, "The parks budget for 2025 was set at £2.4 million.");
        var logger = new RecordingLogger<SemanticKernelTextEmbedder>();
        var embedder = LoopbackEmbedder.Create(LoopbackEmbedder.Settings(server), logger);
        var retrieval = Options.Create(new RetrievalOptions());
        var sut = new QuestionAnswerer(
            new QuestionAnalyzerService(new FakeCommitteeDirectory()),
            new FakeFactAnswerer(),
            new PassageRetriever(SearchIndex(), retrieval, Hybrid(embedder)),
            new ExtractiveAnswerer(retrieval),
            new SentenceMeaning(retrieval),
            new DisabledAnswerGenerator(),
            TimeProvider.System,
            new CitationLinker(Options.Create(new CitationLinksOptions())));

        var answer = await sut.AnswerAsync(new Question("What was the parks budget for 2025?"), CancellationToken.None);

        Assert.True(answer.Answered);
        Assert.Contains("£2.4 million", answer.Text, StringComparison.Ordinal);
        Assert.Equal("budget.pdf", Assert.Single(answer.Citations).Source);
        Assert.NotEmpty(server.Requests);
        Assert.Contains(logger.Entries, e => e.EventId.Id == 3302 && e.Exception is not null);
    }

    public void Dispose() => _store.Dispose();

    private static QueryAnalysis Analyze(string question) => QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));

    private async Task AddPapersAsync()
    {
        var document = await _store.AddDocumentAsync("pack.pdf");
        await _store.AddChunkAsync(document, Paraphrased);
        await _store.AddChunkAsync(document, "Members asked about rough weather damage to the leisure centre roof.");
        await _store.AddChunkAsync(document, "Rough estimates for the depot repairs were noted by the committee.");
        await _store.AddChunkAsync(document, "The parks budget was agreed and the fees were set.");
    }

    private SqliteSearchIndex SearchIndex() => new(_store.Connections, new SqliteStoreGeneration(_store.Connections));

    private HybridFusion Hybrid(ITextEmbedder embedder, RetrievalOptions? options = null)
    {
        var vectors = new SqliteChunkVectorStore(_store.Connections);
        var index = new ChunkVectorIndex(vectors, new SqliteStoreGeneration(_store.Connections), Options.Create(options ?? new RetrievalOptions()));
        return new HybridFusion(embedder, index, vectors);
    }

    private ChunkEmbeddingIndexer Indexer(ITextEmbedder embedder) =>
        new(embedder, new SqliteChunkVectorStore(_store.Connections), Options.Create(new AIOptions { EmbeddingBatchSize = 64 }),
            NullLogger<ChunkEmbeddingIndexer>.Instance);
}
