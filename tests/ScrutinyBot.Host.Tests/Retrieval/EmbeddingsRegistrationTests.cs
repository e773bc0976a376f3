using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Host.Tests.Ingestion;

namespace ScrutinyBot.Host.Tests.Retrieval;

public sealed class EmbeddingsRegistrationTests
{
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
    public async Task Services_EmbeddingModelSet_UseTheModelForChunksAndQuestions()
    {
        await using var endpoint = new ConnectionCounter();
        using var sut = new IngestionHostFactory(new()
        {
            ["AI:Endpoint"] = endpoint.Endpoint,
            ["AI:EmbeddingModel"] = "text-embedding-3-small",
        });

        var embedder = sut.Services.GetRequiredService<ITextEmbedder>();

        Assert.IsType<SemanticKernelTextEmbedder>(embedder);
        Assert.True(sut.Services.GetRequiredService<HybridFusion>().IsEnabled);
        Assert.Equal(0, endpoint.Connections);
    }
}
