using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Tests.Retrieval;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class SentenceProximityTests
{
    [Fact]
    public async Task RankedSentences_QuestionWordsSideBySideInAnotherForm_RankAboveTheSameWordsFarApart()
    {
        var options = Options.Create(new RetrievalOptions());
        var retriever = new PassageRetriever(new FakeSearchIndex([
            FakeSearchIndex.Chunk(
                "The settlement was raised again after a long debate on roads, housing, schools, planning and finance. "
                + "Regarding the Financial Settlement, Mr Gough welcomed the increase in the Social Care Grant."),
        ]), options);
        var result = await retriever.RetrieveAsync(QueryAnalyzer.Analyze("what did the leader say about the finance settlement?", new CommitteeRecognizer([])), CancellationToken.None);

        var ranked = ExtractiveAnswerer.RankedSentences(result, 2);

        Assert.StartsWith("Regarding the Financial Settlement", ranked[0].Text, StringComparison.Ordinal);
        Assert.True(ranked[0].Score > ranked[1].Score);
    }
}
