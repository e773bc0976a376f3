using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Retrieval.Embeddings.MiniLM;
using ScrutinyBot.Host.Tests.Ingestion;

namespace ScrutinyBot.Host.Tests.Retrieval;

public sealed class EmbeddingsRegistrationTests
{
    /// <summary>The smallest sample paper (about 50 chunks), so the test with the real model stays quick.</summary>
    private const string SmallPaper = "004_dd0abe7f679e5d45.txt";

    [Fact]
    public async Task IngestAndAsk_LocalModelOnByDefault_EveryChunkGetsA384DimensionVector()
    {
        using var sut = new IngestionHostFactory(new()
        {
            ["Embeddings:MiniLM:Enabled"] = null,
            ["Embeddings:MiniLM:ModelDirectory"] = Path.Combine(Path.GetTempPath(), "scrutinybot-host-tests-models"),
        });

        var (code, _) = await sut.RunAsync("ingest", Path.Combine(IngestionVerbsTests.SamplesFolder(), SmallPaper));
        var answer = await sut.Services.GetRequiredService<IQuestionAnswerer>()
            .AnswerAsync(new Question("What concerns did inspectors raise about whether the improvements are sustainable?"), CancellationToken.None);

        Assert.Equal(0, code);
        var embedder = Assert.IsType<MiniLMTextEmbedder>(sut.Services.GetRequiredService<ITextEmbedder>());
        Assert.True(embedder.IsLoaded);
        var store = sut.Services.GetRequiredService<IChunkVectorStore>();
        Assert.Equal(0, await store.CountUnembeddedAsync(CancellationToken.None));
        var vectors = await store.ReadAllAsync(CancellationToken.None).ToListAsync();
        Assert.NotEmpty(vectors);
        Assert.All(vectors, v => Assert.Equal(384, v.Vector.Length));
        Assert.True(answer.Answered);
        Assert.Contains("sustainab", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task IngestAndAsk_LocalModelOff_NoVectorsAndTheModelIsNeverLoaded()
    {
        using var sut = new IngestionHostFactory(new() { ["Embeddings:MiniLM:Enabled"] = "false" });

        var (code, _) = await sut.RunAsync("ingest", Path.Combine(IngestionVerbsTests.SamplesFolder(), SmallPaper));
        var answer = await sut.Services.GetRequiredService<IQuestionAnswerer>()
            .AnswerAsync(new Question("What concerns did inspectors raise about whether the improvements are sustainable?"), CancellationToken.None);

        Assert.Equal(0, code);
        Assert.True(answer.Answered);
        Assert.IsType<DisabledTextEmbedder>(sut.Services.GetRequiredService<ITextEmbedder>());
        Assert.False(sut.Services.GetRequiredService<HybridFusion>().IsEnabled);
        Assert.False(sut.Services.GetRequiredService<MiniLMTextEmbedder>().IsLoaded);
        Assert.Empty(await sut.Services.GetRequiredService<IChunkVectorStore>().ReadAllAsync(CancellationToken.None).ToListAsync());
    }

    [Fact]
    public async Task IngestAndAsk_EndpointSetButNoModels_NothingCallsOut()
    {
        await using var endpoint = new ConnectionCounter();
        using var sut = new IngestionHostFactory(new() { ["AI:Endpoint"] = endpoint.Endpoint });

        var (ingestCode, _) = await sut.RunAsync("ingest", IngestionVerbsTests.SamplesFolder());
        var answer = await sut.Services.GetRequiredService<IQuestionAnswerer>()
            .AnswerAsync(new Question("What did the committee say about the budget?"), CancellationToken.None);

        Assert.Equal(0, ingestCode);
        Assert.NotNull(answer.Text);
        Assert.IsType<DisabledTextEmbedder>(sut.Services.GetRequiredService<ITextEmbedder>());
        Assert.False(sut.Services.GetRequiredService<HybridFusion>().IsEnabled);
        Assert.Equal(0, endpoint.Connections);
    }

    [Fact]
    public async Task Services_EmbeddingModelSet_ReplacesTheLocalModelForChunksAndQuestions()
    {
        await using var endpoint = new ConnectionCounter();
        using var sut = new IngestionHostFactory(new()
        {
            ["AI:Endpoint"] = endpoint.Endpoint,
            ["AI:EmbeddingModel"] = "text-embedding-3-small",
            ["Embeddings:MiniLM:Enabled"] = "true",
        });

        var embedder = sut.Services.GetRequiredService<ITextEmbedder>();

        Assert.IsType<SemanticKernelTextEmbedder>(embedder);
        Assert.True(sut.Services.GetRequiredService<HybridFusion>().IsEnabled);
        Assert.False(sut.Services.GetRequiredService<MiniLMTextEmbedder>().IsLoaded);
        Assert.Equal(0, endpoint.Connections);
    }
}
