using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Teams.App;
using ScrutinyBot.Teams.App.Search;
using ScrutinyBot.Teams.Tests.App.Fakes;

namespace ScrutinyBot.Teams.Tests.App.Search;

public sealed class ComposeSearchTests
{
    private readonly FakeFactQueries _facts = new();
    private readonly CouncilClock _clock = new(new FakeTimeProvider(new DateTimeOffset(2025, 2, 1, 9, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task SearchAsync_IndexNeverAnswers_ReturnsFactResultsByTheDeadline()
    {
        _facts.Resolutions.Add(SampleFacts.Resolution(text: "To approve the budget consultation."));
        _facts.Resolutions.Add(SampleFacts.Resolution(text: "To note the annual report."));
        var sut = new ComposeSearch(new NeverAnsweringSearchIndex(), _facts, _clock);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var watch = Stopwatch.StartNew();

        var results = await sut.SearchAsync("budget", 10, deadline.Token);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"took {watch.Elapsed}");
        var result = Assert.Single(results);
        Assert.StartsWith("Resolution", result.Title, StringComparison.Ordinal);
        Assert.Contains("budget", result.Text + CardInspector.AllText(result.Card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchAsync_NoQuery_ReturnsNextMeetingThenRecentResolutions()
    {
        _facts.Meetings.Add(SampleFacts.Meeting(new DateOnly(2025, 3, 12)));
        _facts.Resolutions.Add(SampleFacts.Resolution());
        var sut = new ComposeSearch(new NeverAnsweringSearchIndex(), _facts, _clock);

        var results = await sut.SearchAsync(null, 10, CancellationToken.None);

        Assert.Equal(2, results.Count);
        Assert.StartsWith("Next meeting", results[0].Title, StringComparison.Ordinal);
        Assert.StartsWith("Resolution", results[1].Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SEND transport!", new[] { "send", "transport" })]
    [InlineData("  a 2024/25 budget ", new[] { "2024/25", "budget" })]
    [InlineData("", new string[0])]
    public void Terms_Query_KeepsWordsOfTwoOrMoreCharacters(string query, string[] expected)
    {
        Assert.Equal(expected, ComposeSearch.Terms(query));
    }
}
