using ScrutinyBot.Core.Extraction.Trackers;

namespace ScrutinyBot.Core.Tests.Extraction.Trackers;

public sealed class SharedResponseTargetsTests
{
    private static readonly TrackerItem[] Items =
    [
        new(1, true, "To request that further information is provided on the funding formula used to allocate places.", "A", 0),
        new(2, true, "To recommend that provision for bereavement support is included in the revised admissions protocol.", "R", 1),
    ];

    private const string Tracker = "funding formula allocate places bereavement support admissions protocol";

    [Fact]
    public void Find_OneSentenceNamingOneItem_AnswersOnlyThatItem()
    {
        var sut = SharedResponseTargets.Find(Items, "Details of the funding formula were emailed to Members on 20/12/24.", Tracker);

        Assert.Equal([1], sut.Order());
    }

    [Fact]
    public void Find_ResponseNamingNoItem_AnswersEveryItem()
    {
        var sut = SharedResponseTargets.Find(Items, "This is ongoing work which the Committee will consider in March.", Tracker);

        Assert.Equal([1, 2], sut.Order());
    }

    [Fact]
    public void Find_ResponseWithASentencePerItem_AnswersEveryItem()
    {
        var response = "Details of the funding formula were emailed to Members. The protocol is being redrafted with schools.";

        var sut = SharedResponseTargets.Find(Items, response, Tracker);

        Assert.Equal([1, 2], sut.Order());
    }

    [Fact]
    public void Find_WordCommonAcrossTheTracker_DoesNotNameAnItem()
    {
        var busyTracker = string.Join(' ', Enumerable.Repeat("funding formula", 10)) + " bereavement";

        var sut = SharedResponseTargets.Find(Items, "Details of the funding formula were emailed to Members on 20/12/24.", busyTracker);

        Assert.Equal([1, 2], sut.Order());
    }
}
