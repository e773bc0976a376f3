using Moq;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Retrieval.Spelling;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class QuestionAnalyzerServiceTests
{
    /// <summary>An index of 1,000 chunks that holds every word but those given, and "visit".</summary>
    private static ISearchIndex IndexWithout(params string[] unseen)
    {
        var index = new Mock<ISearchIndex>();
        index.Setup(i => i.TermStatisticsAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync((IReadOnlyCollection<string> terms, CancellationToken _) =>
                new TermStatistics(terms.ToDictionary(t => t, t => unseen.Contains(t) ? 0 : 30), 1000));
        return index.Object;
    }

    [Fact]
    public async Task AnalyzeAsync_LowerCaseWordThePapersNeverUse_IsMarkedPhrasing()
    {
        var sut = new QuestionAnalyzerService(new FakeCommitteeDirectory(), IndexWithout("pencilled"));

        var analysis = await sut.AnalyzeAsync("what's pencilled in for the fostering report?", CancellationToken.None);

        Assert.Equal([TextTerms.Stem("pencilled")], analysis.PhrasingStems);
        Assert.True(analysis.ReadAgainstStore);
    }

    [Fact]
    public async Task AnalyzeAsync_SlipOfTheKeys_IsCorrectedBeforeItCouldBeTakenForPhrasing()
    {
        var vocabulary = new Mock<IIndexVocabulary>();
        vocabulary.Setup(v => v.NearestTermAsync("vist", It.IsAny<CancellationToken>())).ReturnsAsync("visit");
        var sut = new QuestionAnalyzerService(new FakeCommitteeDirectory(), IndexWithout("vist"), vocabulary.Object);

        var analysis = await sut.AnalyzeAsync("what did the monitoring vist look at?", CancellationToken.None);

        Assert.Contains("visit", analysis.SearchTerms);
        Assert.Empty(analysis.PhrasingStems);
    }

    [Fact]
    public async Task AnalyzeAsync_NoIndex_LeavesTheWordsAsAsked()
    {
        var analysis = await new QuestionAnalyzerService(new FakeCommitteeDirectory()).AnalyzeAsync("what's pencilled in?", CancellationToken.None);

        Assert.Empty(analysis.PhrasingStems);
        Assert.False(analysis.ReadAgainstStore);
    }
}
