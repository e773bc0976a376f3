using Microsoft.Extensions.Options;
using Moq;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval;

public sealed class PassageRetrieverMeetingSearchTests
{
    /// <summary>"minutes" is in most chunks of this index; "approved" in few.</summary>
    private static readonly TermStatistics Statistics = new(new Dictionary<string, int> { ["minutes"] = 700, ["approved"] = 20 }, 1000);

    /// <summary>The queries searched, in no set order: the meeting's filtered query runs beside the main one.</summary>
    private static async Task<List<SearchQuery>> QueriesAsync(string question)
    {
        var queries = new System.Collections.Concurrent.ConcurrentQueue<SearchQuery>();
        var index = new Mock<ISearchIndex>();
        index.Setup(i => i.TermStatisticsAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>())).ReturnsAsync(Statistics);
        index.Setup(i => i.SearchAsync(It.IsAny<SearchQuery>(), It.IsAny<CancellationToken>()))
            .Callback<SearchQuery, CancellationToken>((q, _) => queries.Enqueue(q))
            .ReturnsAsync([]);
        index.Setup(i => i.FollowingTextAsync(It.IsAny<IReadOnlyCollection<long>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Dictionary<long, string>());
        var retriever = new PassageRetriever(index.Object, Options.Create(new RetrievalOptions()));

        await retriever.RetrieveAsync(QueryAnalyzer.Analyze(question, new CommitteeRecognizer(["Partnership Board"])), CancellationToken.None);

        return [.. queries];
    }

    [Fact]
    public async Task RetrieveAsync_QuestionNamesOneMeeting_SearchesItsPapersByCommonWordsToo()
    {
        var queries = await QueriesAsync("why weren't the minutes approved at the partnership board on 28 June 2022?");

        Assert.DoesNotContain("minutes", Assert.Single(queries, q => q.Committee is null).Terms);
        var meeting = Assert.Single(queries, q => q.Committee is not null);
        Assert.Contains("minutes", meeting.Terms);
        Assert.Equal(meeting.From, meeting.To);
    }

    [Fact]
    public async Task RetrieveAsync_QuestionNamesACommitteeButNoDay_SearchesItByTellingWordsOnly()
    {
        var queries = await QueriesAsync("why weren't the minutes approved at the partnership board in 2022?");

        var filtered = Assert.Single(queries, q => q.Committee is not null);
        Assert.DoesNotContain("minutes", filtered.Terms);
    }
}
