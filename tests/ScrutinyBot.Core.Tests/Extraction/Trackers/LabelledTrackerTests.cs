using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Trackers;

/// <summary>A tracker written as labelled records ("Recommendation 1: …", "Date issued:", "Response due:", "Cabinet
/// response:") rather than a grid.</summary>
public sealed class LabelledTrackerTests
{
    private const string Tracker = """
        Westbury Borough Council
        Overview and Scrutiny Committee
        Monitoring of Scrutiny Recommendations

        Date of meeting: 10 October 2024

        Recommendation 1: That the Cabinet commissions an independent review
        of temporary accommodation costs.
        Date issued: 15 October 2024
        Response due: 15 December 2024
        Cabinet response: Accepted. The review was commissioned in January 2025
        and will report in June 2025.

        Recommendation 2: That the Council publishes quarterly figures on families in bed and breakfast.
        Date issued: 15 October 2024
        Response due: 15 December 2024
        Cabinet response: No response received.

        Recommendation 3: That a single point of contact be provided for households in temporary accommodation.
        Date issued: 15 October 2024
        Cabinet response:
        """;

    [Fact]
    public void Extract_LabelledRecords_OneRecommendationEachWithItsDatesAndResponse()
    {
        var recs = ExtractorFactory.Extract(Tracker).Facts.Recommendations;

        Assert.Equal(["1", "2", "3"], recs.Select(r => r.Number));
        var first = recs[0];
        Assert.Equal("That the Cabinet commissions an independent review of temporary accommodation costs.", first.Text);
        Assert.Equal((new DateOnly(2024, 10, 10), new DateOnly(2024, 10, 15), new DateOnly(2024, 12, 15)), (first.MeetingDate, first.Issued!.Value, first.Deadline!.Value));
        Assert.Equal("Accepted. The review was commissioned in January 2025 and will report in June 2025.", first.Response);
        Assert.NotEqual(ResponseStatus.None, first.ResponseStatus);
        Assert.Equal(ResponseStatus.None, recs[1].ResponseStatus);
        Assert.Equal(ResponseStatus.None, recs[2].ResponseStatus);
    }

    [Fact]
    public void Extract_NoDeadlineGiven_TakesTheResponsePeriodAfterIssue()
    {
        var third = ExtractorFactory.Extract(Tracker, responsePeriodMonths: 2).Facts.Recommendations.Single(r => r.Number == "3");

        Assert.Equal(new DateOnly(2024, 12, 15), third.Deadline);
    }

    [Fact]
    public void Extract_RecordsHeadedByTheirReference_ReadTheLabelledRecommendationAndFields()
    {
        const string tracker = """
            NEIGHBOURHOODS SELECT COMMITTEE - RECOMMENDATIONS TRACKER

            Recommendation NSC 07/24
              Meeting:         17 September 2024 (Minute 11)
              Recommendation:  That Cabinet publishes a quarterly league table of
                               street cleansing standards by ward
              Sent to:         Cabinet (Cabinet Member for Neighbourhoods)
              Date sent:       23 September 2024
              Response due:    18 November 2024
              Response:        Accepted. First quarterly table published on 2 December
                               2024.

            Recommendation NSC 08/24
              Meeting:         19 November 2024 (Minute 18(b))
              Recommendation:  That Cabinet introduce a 12-week target for completing
                               alleygate consultations
              Sent to:         Cabinet
              Date sent:       25 November 2024
              Response due:    20 January 2025
              Response:        None received
            """;

        var recs = ExtractorFactory.Extract(tracker).Facts.Recommendations;

        Assert.Equal(["NSC 07/24", "NSC 08/24"], recs.Select(r => r.Number));
        Assert.Equal("That Cabinet publishes a quarterly league table of street cleansing standards by ward", recs[0].Text);
        Assert.Equal((new DateOnly(2024, 9, 23), new DateOnly(2024, 11, 18)), (recs[0].Issued!.Value, recs[0].Deadline!.Value));
        Assert.Equal("Accepted. First quarterly table published on 2 December 2024.", recs[0].Response);
        Assert.Equal(ResponseStatus.None, recs[1].ResponseStatus);
    }

    [Fact]
    public void Extract_RecordsOpenedByTheirRecommendationFieldAlone_OneRecommendationEach()
    {
        const string tracker = """
            Overview and Scrutiny Committee
            RECOMMENDATIONS TRACKER

              Recommendation:  That Cabinet publishes a quarterly league table of
                               street cleansing standards by ward
              Date sent:       23 September 2024
              Response due:    18 November 2024
              Response:        Accepted.

              Recommendation:  That Cabinet introduce a 12-week target
              Date sent:       25 November 2024
              Response due:    20 January 2025
              Response:        None received
            """;

        var recs = ExtractorFactory.Extract(tracker).Facts.Recommendations;

        Assert.Equal(
            [("That Cabinet publishes a quarterly league table of street cleansing standards by ward", ResponseStatus.Responded), ("That Cabinet introduce a 12-week target", ResponseStatus.None)],
            recs.Select(r => (r.Text, r.ResponseStatus)));
    }
}
