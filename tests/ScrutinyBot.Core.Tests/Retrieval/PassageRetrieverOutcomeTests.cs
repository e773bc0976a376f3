using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval;

public sealed class PassageRetrieverOutcomeTests
{
    private const string Proposal = "Amendment to move £5.6m from the Invicta House refurbishment into highways maintenance.";

    private static async Task<PartKind> BestPartAsync(string question)
    {
        var index = new FakeSearchIndex(
            FakeSearchIndex.Chunk(Proposal, source: "amendment form.pdf", kind: PartKind.Report),
            FakeSearchIndex.Chunk(Proposal, source: "minutes.pdf", kind: PartKind.Minutes));
        var retriever = new PassageRetriever(index, Options.Create(new RetrievalOptions()));

        var result = await retriever.RetrieveAsync(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([])), CancellationToken.None);

        return result.Passages[0].Hit.Chunk.PartKind;
    }

    [Fact]
    public async Task RetrieveAsync_OutcomeOfAnAmendment_PrefersTheMinutes() =>
        Assert.Equal(PartKind.Minutes, await BestPartAsync("what was the outcome of the amendment on Invicta House and highways maintenance?"));

    [Fact]
    public async Task RetrieveAsync_WhatAnAmendmentProposes_MinutesGetNoPreference()
    {
        var first = await BestPartAsync("what does the amendment on Invicta House and highways maintenance propose?");
        var reversed = await BestPartAsync("what would the amendment on Invicta House and highways maintenance pay for?");

        Assert.Equal(first, reversed);
        Assert.Equal(PartKind.Report, first);
    }
}
