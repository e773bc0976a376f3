using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval.Facts;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Tests.Retrieval.Facts;
using static ScrutinyBot.Core.Tests.Answering.Facts.FactSets;
using static ScrutinyBot.Core.Tests.Answering.Facts.Questions;

namespace ScrutinyBot.Core.Tests.Digests;

/// <summary>Chat and digests count "overdue" the same way (past the deadline, no response) and both list partial
/// replies apart, as awaiting a full response; a first digest looks back a set number of days, not all history.</summary>
public sealed class OverdueDefinitionTests
{
    private static readonly DateOnly Today = new(2025, 1, 15);

    private static readonly FactSet Facts = Set(
        recommendations:
        [
            Recommendation("That wellbeing is included in the Fair Access Protocol.", new DateOnly(2025, 1, 3)),
            Recommendation("That exclusions are reported termly.", new DateOnly(2024, 12, 1)),
            Recommendation("That the hub's funding is explained.", new DateOnly(2024, 11, 16), ResponseStatus.Partial, response: "A holding reply."),
            Recommendation("That the formula is shared.", new DateOnly(2025, 1, 3), ResponseStatus.Responded, response: "Shared."),
            Recommendation("That the newsletter is circulated.", new DateOnly(2025, 1, 20)),
        ],
        resolutions:
        [
            Resolution(new DateOnly(2025, 1, 8), "That the budget report is noted."),
            Resolution(new DateOnly(2024, 11, 13), "That the annual report is noted."),
            Resolution(new DateOnly(2022, 3, 31), "That the transformation programme is noted."),
        ],
        documents: [new StoredDocument(1, "minutes.txt", "/papers/minutes.txt", "h", "text", 1, new DateTimeOffset(2025, 1, 10, 9, 0, 0, TimeSpan.Zero), new DocumentMetadata(null, null, null, "Minutes"))]);

    [Fact]
    public async Task OverdueInChatAndDigest_SameFacts_SameCountsInTheSameWords()
    {
        var queries = new FactQueries(new FakeFactStore(Facts));
        var chat = await new ResponseFactAnswers(queries).TryAnswerAsync(
            Ask("Which responses are overdue?", QuestionIntent.Overdue, "responses overdue"), Facts, Today, CancellationToken.None);

        var digest = await Composer(queries).ComposeAsync(Today, [], null, CancellationToken.None);

        Assert.Equal((2, 1), (digest.Overdue.Count, digest.AwaitingFullResponse.Count));
        Assert.StartsWith($"As of 15 January 2025: {ResponseDeadlines.Summary(digest.Overdue.Count, digest.AwaitingFullResponse.Count)}.", chat!.Text, StringComparison.Ordinal);
        Assert.Contains($"{ResponseDeadlines.AwaitingHeading}: 1.", chat.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ResponseStatus.None, "2025-01-03", true, false)]
    [InlineData(ResponseStatus.Partial, "2025-01-03", false, true)]
    [InlineData(ResponseStatus.Responded, "2025-01-03", false, false)]
    [InlineData(ResponseStatus.None, "2025-01-15", false, false)]
    public void ResponseDeadlines_StatusAndDeadline_OverdueOnlyWithNoResponse(ResponseStatus status, string deadline, bool overdue, bool awaiting)
    {
        var r = Recommendation("That something is done.", DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture), status);

        Assert.Equal((overdue, awaiting), (ResponseDeadlines.IsOverdue(r, Today), ResponseDeadlines.IsAwaitingFullResponse(r, Today)));
    }

    [Fact]
    public async Task ComposeAsync_FirstDigest_ListsOnlyMeetingsInTheLookBackWindow()
    {
        var sut = Composer(new FactQueries(new FakeFactStore(Facts)));

        var digest = await sut.ComposeAsync(Today, [], since: null, CancellationToken.None);

        Assert.Equal(["That the budget report is noted."], digest.NewResolutions.Select(r => r.Text));
    }

    [Fact]
    public async Task ComposeAsync_FirstDigestWithLongerLookBack_ReachesFurther()
    {
        var sut = Composer(new FactQueries(new FakeFactStore(Facts)), lookBackDays: 90);

        var digest = await sut.ComposeAsync(Today, [], since: null, CancellationToken.None);

        Assert.Equal(["That the budget report is noted.", "That the annual report is noted."], digest.NewResolutions.Select(r => r.Text));
    }

    [Fact]
    public async Task ComposeAsync_LaterDigest_ListsEverythingIngestedSinceItsCursorWhateverTheMeetingDate()
    {
        var sut = Composer(new FactQueries(new FakeFactStore(Facts)));

        var digest = await sut.ComposeAsync(Today, [], since: new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), CancellationToken.None);

        Assert.Equal(3, digest.NewResolutions.Count);
    }

    private static DigestComposer Composer(IFactQueries queries, int lookBackDays = 30) =>
        new(queries, Options.Create(new DigestsOptions { FirstDigestLookBackDays = lookBackDays }));
}
