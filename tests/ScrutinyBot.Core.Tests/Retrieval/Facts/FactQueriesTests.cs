using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval.Facts;
using static ScrutinyBot.Core.Tests.Retrieval.Facts.FactBuilder;

namespace ScrutinyBot.Core.Tests.Retrieval.Facts;

public sealed class FactQueriesTests
{
    private static readonly DateOnly AsOf = new(2025, 1, 15);

    [Fact]
    public async Task OverdueAsync_DeadlinePassedWithoutResponse_ListedAndRespondedOrPartialNot()
    {
        var sut = Sut(Set(recommendations:
        [
            Recommendation("none past", new DateOnly(2025, 1, 3), ResponseStatus.None),
            Recommendation("partial past", new DateOnly(2025, 1, 3), ResponseStatus.Partial),
            Recommendation("responded past", new DateOnly(2025, 1, 3), ResponseStatus.Responded),
            Recommendation("none on the day", AsOf, ResponseStatus.None),
            Recommendation("none no deadline", null, ResponseStatus.None),
        ]));

        var overdue = await sut.OverdueAsync(AsOf, null, CancellationToken.None);

        Assert.Equal(["none past"], overdue.Select(r => r.Text));
    }

    [Fact]
    public async Task OverdueAsync_RecommendationAnsweredInALaterPapersTracker_NotListedFromTheMinutes()
    {
        var deadline = new DateOnly(2025, 1, 3);
        var minuted = Recommendation("That the Executive be recommended to fund a dedicated dementia support service.", deadline, ResponseStatus.None, source: "minutes.pdf");
        var tracked = Recommendation("That the Executive fund a dedicated dementia support service.", deadline, ResponseStatus.Responded, source: "march-pack.pdf");
        var other = Recommendation("That the Executive publish the home care market review.", deadline, ResponseStatus.None, source: "minutes.pdf");
        var sut = Sut(Set(
            recommendations: [minuted, other, tracked],
            documents: [Document("minutes.pdf", DateTimeOffset.UnixEpoch), Document("march-pack.pdf", DateTimeOffset.UnixEpoch.AddDays(30))]));

        var overdue = await sut.OverdueAsync(AsOf, null, CancellationToken.None);

        Assert.Equal([other.Text], overdue.Select(r => r.Text));
    }

    [Fact]
    public async Task OverdueAsync_SameWordingInTwoPapersWithoutResponse_ListedOnceAndTwoInOnePaperBoth()
    {
        var deadline = new DateOnly(2025, 1, 3);
        var sut = Sut(Set(
            recommendations:
            [
                Recommendation("That further information is provided on the childcare sufficiency audit.", deadline, ResponseStatus.None, source: "january-pack.pdf"),
                Recommendation("That further information is provided on the childcare sufficiency audit.", deadline, ResponseStatus.None, source: "february-pack.pdf"),
                Recommendation("That further information is provided on the childcare sufficiency audit outcomes.", deadline, ResponseStatus.None, source: "february-pack.pdf"),
            ],
            documents: [Document("january-pack.pdf", DateTimeOffset.UnixEpoch), Document("february-pack.pdf", DateTimeOffset.UnixEpoch.AddDays(30))]));

        var overdue = await sut.OverdueAsync(AsOf, null, CancellationToken.None);

        Assert.Equal(2, overdue.Count);
        Assert.All(overdue, r => Assert.Equal("february-pack.pdf", r.Source));
    }

    [Fact]
    public async Task OverdueAsync_MeetingRepeatedInVeryManyPapers_KeepsTheAnsweredCopyOfEachWording()
    {
        var deadline = new DateOnly(2025, 1, 3);
        var papers = Enumerable.Range(1, 250).Select(n => $"pack-{n:D3}.pdf").ToList();
        var recommendations = papers.SelectMany(p => new[]
        {
            Recommendation("That the Executive fund a dementia support service.", deadline, p == papers[^1] ? ResponseStatus.Responded : ResponseStatus.None, source: p),
            Recommendation("That the Executive publish the home care market review.", deadline, ResponseStatus.None, source: p),
        }).ToList();
        var sut = Sut(Set(recommendations: recommendations, documents: [.. papers.Select((p, n) => Document(p, DateTimeOffset.UnixEpoch.AddDays(n)))]));

        var overdue = await sut.OverdueAsync(AsOf, null, CancellationToken.None);

        var only = Assert.Single(overdue);
        Assert.Equal(("That the Executive publish the home care market review.", papers[^1]), (only.Text, only.Source));
    }

    [Fact]
    public async Task AwaitingFullResponseAsync_PartialPastDeadline_Listed()
    {
        var sut = Sut(Set(recommendations:
        [
            Recommendation("partial past", new DateOnly(2025, 1, 3), ResponseStatus.Partial),
            Recommendation("partial future", new DateOnly(2025, 2, 3), ResponseStatus.Partial),
            Recommendation("none past", new DateOnly(2025, 1, 3), ResponseStatus.None),
        ]));

        var awaiting = await sut.AwaitingFullResponseAsync(AsOf, null, CancellationToken.None);

        Assert.Equal(["partial past"], awaiting.Select(r => r.Text));
    }

    [Fact]
    public async Task DueSoonAsync_NoResponseWithinWindow_ListedInclusiveOfBothEnds()
    {
        var sut = Sut(Set(recommendations:
        [
            Recommendation("today", AsOf, ResponseStatus.None),
            Recommendation("last day", AsOf.AddDays(14), ResponseStatus.None),
            Recommendation("too late", AsOf.AddDays(15), ResponseStatus.None),
            Recommendation("answered", AsOf.AddDays(3), ResponseStatus.Responded),
            Recommendation("past", AsOf.AddDays(-1), ResponseStatus.None),
        ]));

        var due = await sut.DueSoonAsync(AsOf, 14, null, CancellationToken.None);

        Assert.Equal(["today", "last day"], due.Select(r => r.Text));
    }

    [Fact]
    public async Task OverdueAsync_CommitteeFilter_MatchesLooselyAndUsesDocumentCommitteeWhenFactHasNone()
    {
        var sut = Sut(Set(
            recommendations:
            [
                Recommendation("cyp", new DateOnly(2025, 1, 3), ResponseStatus.None),
                Recommendation("families", new DateOnly(2025, 1, 3), ResponseStatus.None, "Children and Families Select Committee"),
                Recommendation("from document", new DateOnly(2025, 1, 3), ResponseStatus.None, committee: null, source: "cyp.pdf"),
            ],
            documents: [Document("cyp.pdf", DateTimeOffset.UnixEpoch)]));

        var overdue = await sut.OverdueAsync(AsOf, "CYP", CancellationToken.None);

        Assert.Equal(["cyp", "from document"], overdue.Select(r => r.Text));
    }

    [Fact]
    public async Task ResolutionsAsync_CommitteeAndSince_NewestFirst()
    {
        var sut = Sut(Set(resolutions:
        [
            Resolution("old", new DateOnly(2024, 7, 10)),
            Resolution("newer", new DateOnly(2024, 11, 13)),
            Resolution("newest", new DateOnly(2025, 1, 8)),
            Resolution("other", new DateOnly(2025, 1, 8), "Health Scrutiny Committee"),
        ]));

        var resolutions = await sut.ResolutionsAsync("young people", new DateOnly(2024, 11, 1), CancellationToken.None);

        Assert.Equal(["newest", "newer"], resolutions.Select(r => r.Text));
    }

    [Fact]
    public async Task ResolutionsIngestedAfterAsync_OnlyFromDocumentsIngestedAfterCursor()
    {
        var cursor = new DateTimeOffset(2025, 1, 10, 9, 0, 0, TimeSpan.Zero);
        var sut = Sut(Set(
            resolutions: [Resolution("old paper", new DateOnly(2024, 11, 13), source: "a.pdf"), Resolution("new paper", new DateOnly(2024, 7, 10), source: "b.pdf")],
            documents: [Document("a.pdf", cursor.AddDays(-1)), Document("b.pdf", cursor.AddMinutes(1))]));

        var all = await sut.ResolutionsIngestedAfterAsync(cursor, [], CancellationToken.None);
        var other = await sut.ResolutionsIngestedAfterAsync(cursor, ["health"], CancellationToken.None);

        Assert.Equal(["new paper"], all.Select(r => r.Text));
        Assert.Empty(other);
    }

    [Fact]
    public async Task NextMeetingAsync_FirstOnOrAfterDate()
    {
        var sut = Sut(Set(meetings:
        [
            Meeting(new DateOnly(2025, 3, 5)),
            Meeting(new DateOnly(2025, 1, 15)),
            Meeting(new DateOnly(2024, 11, 13)),
            Meeting(new DateOnly(2025, 1, 20), "Health Scrutiny Committee"),
        ]));

        var next = await sut.NextMeetingAsync(AsOf, null, CancellationToken.None);
        var nextCyp = await sut.NextMeetingAsync(AsOf.AddDays(1), "CYP", CancellationToken.None);
        var none = await sut.NextMeetingAsync(new DateOnly(2026, 1, 1), null, CancellationToken.None);

        Assert.Equal(AsOf, next!.Date);
        Assert.Equal(new DateOnly(2025, 3, 5), nextCyp!.Date);
        Assert.Null(none);
    }

    [Fact]
    public async Task MeetingsOnAsync_OnlyThatDate()
    {
        var sut = Sut(Set(meetings: [Meeting(AsOf), Meeting(AsOf, "Health Scrutiny Committee"), Meeting(AsOf.AddDays(1))]));

        var meetings = await sut.MeetingsOnAsync(AsOf, null, CancellationToken.None);
        var health = await sut.MeetingsOnAsync(AsOf, "health", CancellationToken.None);

        Assert.Equal(2, meetings.Count);
        Assert.Single(health);
    }

    private static FactQueries Sut(ScrutinyBot.Core.Storage.FactSet set) => new(new FakeFactStore(set));
}
