using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Trackers;

/// <summary>
/// A response whose "3)" marker the PDF text lost sits on the line of the next recommendation: it must go to the
/// recommendations it answers, in the column's order, and not leave an answered one looking unanswered.
/// </summary>
public sealed class LostMarkerResponsesTests
{
    private const string Head = """
        Date of Meeting:	Library Services	
        4 March 2025	1) That opening hours at branch libraries are reviewed. (R)	1) Opening hours were reviewed in April and extended at four branches.
        Deadline for response: 4 May 2025	2) To request the visitor figures for the mobile library. (A)	2) The visitor figures were emailed to members on 2 April.
        	3) To request information on how the vacant Carnegie building will be reused. (A)	
        """;

    [Fact]
    public void Extract_ResponseLostItsMarker_AnswersTheSkippedItemAndTheNext()
    {
        const string last = "\n\t To request an update on the volunteer recruitment campaign. (A) \t The vacant Carnegie building will be leased to a community trust. "
            + "The lease of the building is being finalised by legal services. Recruitment of volunteers will resume once funding is confirmed and further details will be provided in due course.";

        var sut = Extract(Head + last);

        Assert.Equal(4, sut.Count);
        Assert.Equal(ResponseStatus.Responded, sut[2].ResponseStatus);
        Assert.StartsWith("The vacant Carnegie building will be leased", sut[2].Response, StringComparison.Ordinal);
        Assert.EndsWith("legal services.", sut[2].Response, StringComparison.Ordinal);
        Assert.Equal(ResponseStatus.Partial, sut[3].ResponseStatus);
        Assert.StartsWith("Recruitment of volunteers", sut[3].Response, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_UnnumberedResponseNamingOnlyTheLaterItem_LeavesTheSkippedItemUnanswered()
    {
        const string last = "\n\t To request an update on the volunteer recruitment campaign. (A) \t Recruitment of volunteers resumed in March. Forty new volunteers have started at the branches.";

        var sut = Extract(Head + last);

        Assert.Equal(ResponseStatus.None, sut[2].ResponseStatus);
        Assert.Null(sut[2].Response);
        Assert.Equal(ResponseStatus.Responded, sut[3].ResponseStatus);
        Assert.StartsWith("Recruitment of volunteers resumed", sut[3].Response, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_ShortUnnumberedResponseNamingNothing_AnswersTheNextItemInOrder()
    {
        const string last = "\n\t To request an update on the volunteer recruitment campaign. (A) \t A briefing note was sent to members on 12 April.";

        var sut = Extract(Head + last);

        Assert.Equal(ResponseStatus.Responded, sut[2].ResponseStatus);
        Assert.Equal(ResponseStatus.None, sut[3].ResponseStatus);
    }

    private static List<Recommendation> Extract(string tracker) =>
        [.. ExtractorFactory.Extract("Recommendation Tracker\n\n" + tracker).Facts.Recommendations.OrderBy(r => r.Number, StringComparer.Ordinal)];
}
