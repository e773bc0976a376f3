using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Trackers;

public sealed class TrackerExtractorTests
{
    private const string Interleaved = """
        Dates/Deadlines	Recommendation/Action	Progress/Response
        Date of Meeting:	Home to School Transport		
        12 June 2024			
        	1) That the Council reviews eligibility for	1)	The review has started and will report in
        Date	post-16 transport. (R)		autumn.
        recommendations	2) That route data is shared with	2)	
        were issued:	members. (A)		
        14 June 2024			
        Deadline for			
        response:			
        14 August 2024			
        Date of Meeting:	Adult Day Services		
        10 July 2024 Date recommendations were issued: 15 July 2024	 That users are consulted before any closure. (R) To request the occupancy figures for each centre. (A) 	 A holding reply has been sent; figures will be provided in September.
        """;

    [Fact]
    public void Extract_InterleavedColumns_ReadsItemsDatesAndResponses()
    {
        var recs = ExtractorFactory.Extract("Recommendation Tracker\n\n" + Interleaved).Facts.Recommendations;

        Assert.Equal(4, recs.Count);
        var first = recs[0];
        Assert.Equal((new DateOnly(2024, 6, 12), "Home to School Transport", "1", "R"), (first.MeetingDate, first.Topic, first.Number, first.Type));
        Assert.Equal("That the Council reviews eligibility for post-16 transport.", first.Text);
        Assert.Equal((new DateOnly(2024, 6, 14), new DateOnly(2024, 8, 14)), (first.Issued, first.Deadline));
        Assert.Equal(ResponseStatus.Responded, first.ResponseStatus);
        Assert.Equal(ResponseStatus.None, recs[1].ResponseStatus);
        Assert.Equal("A", recs[1].Type);
    }

    [Fact]
    public void Extract_NoDeadlineGiven_UsesResponsePeriodAfterIssue()
    {
        var recs = ExtractorFactory.Extract("Recommendation Tracker\n\n" + Interleaved, responsePeriodMonths: 3).Facts.Recommendations;

        var flattened = recs.Where(r => r.MeetingDate == new DateOnly(2024, 7, 10)).ToList();
        Assert.Equal(2, flattened.Count);
        Assert.All(flattened, r => Assert.Equal(new DateOnly(2024, 10, 15), r.Deadline));
        Assert.Equal("To request the occupancy figures for each centre.", flattened[1].Text);
        Assert.All(flattened, r => Assert.Equal(ResponseStatus.Partial, r.ResponseStatus));
    }

    [Fact]
    public void Extract_NumberContinuingEarlierRow_MovesItemBack()
    {
        const string tracker = """
            Date of Meeting:	Leisure Centres	
            5 March 2025	1) That opening hours are reviewed. (R)	
            Deadline for response: 5 May 2025	2) That prices are benchmarked. (R)	
            Date of Meeting:	Parks	
            9 April 2025 Deadline for response: 9 June 2025	 That litter bins are increased. (A) 	
            	3) That swimming lessons are protected. (R)	
            """;

        var recs = ExtractorFactory.Extract("Recommendation Tracker\n\n" + tracker).Facts.Recommendations;

        var moved = Assert.Single(recs, r => r.Text.StartsWith("That swimming", StringComparison.Ordinal));
        Assert.Equal((new DateOnly(2025, 3, 5), "3", "Leisure Centres"), (moved.MeetingDate, moved.Number, moved.Topic));
        Assert.Single(recs, r => r.MeetingDate == new DateOnly(2025, 4, 9));
    }

    [Fact]
    public void Extract_RowResponseAnsweringEachItemInTurn_GivesEachItsOwnResponse()
    {
        const string tracker = """
            Date of Meeting:	Road Safety	
            9 April 2025 Deadline for response: 9 June 2025	 That speed cameras are installed near primary schools. (R) To request the casualty figures for each ward. (A) That the cycle lane consultation is extended. (R) 	 Camera sites near primary schools have been agreed. The casualty figures are not yet available. The cycle lane consultation now runs to July.
            """;

        var recs = ExtractorFactory.Extract("Recommendation Tracker\n\n" + tracker).Facts.Recommendations;

        Assert.Equal(
            [(ResponseStatus.Responded, "Camera sites near primary schools have been agreed."), (ResponseStatus.Partial, "The casualty figures are not yet available."), (ResponseStatus.Responded, "The cycle lane consultation now runs to July.")],
            recs.Select(r => (r.ResponseStatus, r.Response)));
    }

    [Fact]
    public void Extract_RowResponseNotNamingItemsInTurn_AnswersEveryItem()
    {
        const string tracker = """
            Date of Meeting:	Road Safety	
            9 April 2025 Deadline for response: 9 June 2025	 That speed cameras are installed near primary schools. (R) To request the casualty figures for each ward. (A) That the cycle lane consultation is extended. (R) 	 The Executive Member welcomed the recommendations. Officers will report back in the autumn. A working group has been set up.
            """;

        var recs = ExtractorFactory.Extract("Recommendation Tracker\n\n" + tracker).Facts.Recommendations;

        Assert.Equal(3, recs.Count);
        Assert.All(recs, r => Assert.Equal((ResponseStatus.Responded, "The Executive Member welcomed the recommendations. Officers will report back in the autumn. A working group has been set up."), (r.ResponseStatus, r.Response)));
    }

    [Fact]
    public void Extract_OneSentenceNamingOneItem_LeavesTheOtherUnanswered()
    {
        const string tracker = """
            Date of Meeting: 13 November 2024	Fair Access	
            Date recommendations were issued: 15 November 2024	 To request that further information is provided on the funding formula used for places. To recommend that provision for bereavement support is included in the admissions protocol. 	 Further information on the funding formula was emailed to Members on 20/12/24.
            Deadline for response: 03 January 2025		
            """;

        var recs = ExtractorFactory.Extract("Recommendation Tracker\n\n" + tracker).Facts.Recommendations;

        Assert.Equal([ResponseStatus.Responded, ResponseStatus.None], recs.Select(r => r.ResponseStatus));
    }
}
