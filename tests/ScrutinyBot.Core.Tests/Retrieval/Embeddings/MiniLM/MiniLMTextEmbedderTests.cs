using System.Numerics.Tensors;
using ScrutinyBot.Core.Retrieval.Embeddings.MiniLM;

namespace ScrutinyBot.Core.Tests.Retrieval.Embeddings.MiniLM;

[Collection(MiniLMCollection.Name)]
public sealed class MiniLMTextEmbedderTests(MiniLMFixture fixture)
{
    [Fact]
    public async Task EmbedAsync_Paraphrase_ScoresHigherThanAnUnrelatedSentence()
    {
        var vectors = await fixture.Embedder.EmbedAsync(
            [
                "How long do families wait for a children's mental health assessment?",
                "The waiting time for CAMHS assessments has risen to eighteen weeks.",
                "The car park on the high street will be resurfaced in the spring.",
            ],
            CancellationToken.None);

        Assert.NotNull(vectors);
        var paraphrase = TensorPrimitives.CosineSimilarity(vectors[0], vectors[1]);
        var unrelated = TensorPrimitives.CosineSimilarity(vectors[0], vectors[2]);
        Assert.True(paraphrase > unrelated + 0.2, $"paraphrase {paraphrase}, unrelated {unrelated}");
    }

    [Fact]
    public async Task EmbedAsync_AnyText_Gives384UnitLengthDimensions()
    {
        var vectors = await fixture.Embedder.EmbedAsync(["Who chaired the meeting?", string.Join(' ', Enumerable.Repeat("budget", 2000)), ""], CancellationToken.None);

        Assert.NotNull(vectors);
        Assert.Equal(3, vectors.Count);
        Assert.All(vectors, v => Assert.Equal(384, v.Length));
        Assert.All(vectors, v => Assert.Equal(1.0, TensorPrimitives.Norm(v), 3));
    }

    [Fact]
    public async Task EmbedAsync_TextsInBatchesOfMixedLength_SameVectorsAsOneByOneInOrder()
    {
        string[] texts =
        [
            "The committee noted the report.",
            "Resolved: that the Cabinet Member be asked to respond to the recommendations within two months, setting out the actions planned for the coming year.",
            "Apologies were received.",
            "Members asked how many children were waiting for an education, health and care plan and were told 1,240.",
            "Any other business.",
        ];

        var batched = await fixture.Embedder.EmbedAsync(texts, CancellationToken.None);
        var single = new List<float[]>();
        foreach (var text in texts)
        {
            single.Add(Assert.Single((await fixture.Embedder.EmbedAsync([text], CancellationToken.None))!));
        }

        Assert.NotNull(batched);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.True(TensorPrimitives.CosineSimilarity(batched[i], single[i]) > 0.9999, $"text {i}");
        }
    }

    [Fact]
    public async Task EmbedAsync_NoTexts_DoesNotLoadTheModel()
    {
        using var sut = MiniLMFixture.Create(new MiniLMOptions { ModelDirectory = fixture.ModelDirectory });

        var vectors = await sut.EmbedAsync([], CancellationToken.None);

        Assert.Empty(vectors!);
        Assert.False(sut.IsLoaded);
    }
}
