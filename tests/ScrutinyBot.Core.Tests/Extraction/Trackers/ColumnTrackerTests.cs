using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Trackers;

/// <summary>Trackers laid out as a grid under a header row that names the columns, as most councils lay them out.</summary>
public sealed class ColumnTrackerTests
{
    private const string Grid = """
        Scrutiny Recommendations Tracker

        Ref	Meeting date	Recommendation	Executive response	Response due	Status
        OS/24/01	14 January 2025	That Cabinet increase funding for damp and mould	Accepted. Funding of £50k has been	14 March 2025	Complete
        		inspections.	allocated from reserves.
        OS/24/02	14 January 2025	That officers publish repairs data by ward each quarter.		14 March 2025	Awaiting response
        OS/24/03	11 November 2024	That the Executive review the leisure centre contract.	Partially accepted: a review will take place in 2026.		In progress
        """;

    [Fact]
    public void Extract_GridTracker_OneRecommendationPerRowWithItsWrappedCells()
    {
        var recs = ExtractorFactory.Extract(Grid).Facts.Recommendations;

        Assert.Equal(["OS/24/01", "OS/24/02", "OS/24/03"], recs.Select(r => r.Number));
        Assert.Equal("That Cabinet increase funding for damp and mould inspections.", recs[0].Text);
        Assert.Equal("Accepted. Funding of £50k has been allocated from reserves.", recs[0].Response);
        Assert.Equal([new DateOnly(2025, 1, 14), new DateOnly(2025, 1, 14), new DateOnly(2024, 11, 11)], recs.Select(r => r.MeetingDate));
    }

    [Fact]
    public void Extract_GridTracker_ResponseStatusAndDeadlineFromTheirColumns()
    {
        var recs = ExtractorFactory.Extract(Grid, responsePeriodMonths: 2).Facts.Recommendations;

        Assert.Equal([ResponseStatus.Responded, ResponseStatus.None, ResponseStatus.Responded], recs.Select(r => r.ResponseStatus));
        Assert.Null(recs[1].Response);
        Assert.Equal(new DateOnly(2025, 3, 14), recs[1].Deadline);
        Assert.Equal(new DateOnly(2025, 1, 11), recs[2].Deadline); // none given: two months after the meeting
    }

    [Theory]
    [InlineData("Recommendation to Cabinet", "Review / item")]
    [InlineData("Recommendations to the Mayor and Cabinet", "Topic")]
    [InlineData("Recommendation / comment", "Item")]
    public void Extract_RecommendationColumnNamingWhoItIsFor_ReadByItsHeader(string recommendation, string topic)
    {
        var tracker = $"""
            Scrutiny recommendations tracker

            Date	{topic}	{recommendation}	Cabinet response	Status
            12 Mar 24	Carers Spotlight Review	Carers' assessments to be completed within 28 days	Accepted – new online assessment launched	Complete
            """;

        var rec = Assert.Single(ExtractorFactory.Extract(tracker).Facts.Recommendations);

        Assert.Equal("Carers' assessments to be completed within 28 days", rec.Text);
        Assert.Equal(new DateOnly(2024, 3, 12), rec.MeetingDate);
    }

    [Fact]
    public void Extract_ColumnsInAnotherOrderAndWording_ReadByTheirHeaders()
    {
        const string tracker = """
            Recommendation tracker

            Date of meeting	Topic	Recommendations	Date issued	Deadline for response	Cabinet response
            5 June 2024	Libraries	That opening hours be kept at weekends.	10 June 2024	10 August 2024	Agreed; weekend hours kept.
            """;

        var rec = Assert.Single(ExtractorFactory.Extract(tracker).Facts.Recommendations);

        Assert.Equal(("Libraries", "That opening hours be kept at weekends."), (rec.Topic, rec.Text));
        Assert.Equal((new DateOnly(2024, 6, 10), new DateOnly(2024, 8, 10)), (rec.Issued!.Value, rec.Deadline!.Value));
        Assert.Equal("Agreed; weekend hours kept.", rec.Response);
    }

    [Fact]
    public void Extract_TableWithoutAResponseColumn_IsNoTracker()
    {
        const string table = """
            Recommendation tracker

            Ref	Meeting date	Recommendation
            OS/24/01	14 January 2025	That Cabinet increase funding for damp and mould inspections.
            """;

        Assert.Empty(ExtractorFactory.Extract(table).Facts.Recommendations);
    }

    [Fact]
    public void Extract_GridWithoutATrackerHeadingInsideAPack_IsReadAsATracker()
    {
        const string pack = """
            Overview and Scrutiny Committee
            Date: Tuesday, 14 January 2025
            Time: 6.30 pm

            1. Apologies

            Progress on earlier recommendations

            Date	Recommendation	Update
            12 November 2024	That the library review be published.	Published on 1 December 2024.
            """;

        var rec = Assert.Single(ExtractorFactory.Extract(pack).Facts.Recommendations);

        Assert.Equal(("That the library review be published.", "Published on 1 December 2024."), (rec.Text, rec.Response));
    }

    [Fact]
    public void Extract_TrackerPublishedOnItsOwn_IsTheCommitteeNamedAtItsTop()
    {
        var recs = ExtractorFactory.Extract("Overview and Scrutiny Committee\n\n" + Grid).Facts.Recommendations;

        Assert.All(recs, r => Assert.Equal("Overview and Scrutiny Committee", r.Committee));
    }

    [Fact]
    public void Extract_StatusColumnBesideADate_MakesATrackerAndWrappedCellsKeepTheirRow()
    {
        const string tracker = """
            Appendix 1: Scrutiny recommendations tracker

            Ref	Recommendation	Date made	Response due	Status
            ---------------------------------------------------------------
            OSC 24/01	Publish a quarterly breakdown of temporary	16/09/2024	12/11/2024	Agreed - first
            	accommodation spend by ward			dashboard issued
            				December 2024
            OSC 24/05	Review parking permit charges for carers	25/11/2024	28/01/2025	Overdue - response
            				chased 14/02/2025
            ---------------------------------------------------------------
            """;

        var recs = ExtractorFactory.Extract(tracker).Facts.Recommendations;

        Assert.Equal(["OSC 24/01", "OSC 24/05"], recs.Select(r => r.Number));
        Assert.Equal("Publish a quarterly breakdown of temporary accommodation spend by ward", recs[0].Text);
        Assert.Equal("Agreed - first dashboard issued December 2024", recs[0].Response);
        Assert.Equal((new DateOnly(2024, 9, 16), new DateOnly(2024, 11, 12)), (recs[0].MeetingDate, recs[0].Deadline));
    }

    [Fact]
    public void Extract_HeaderWrappedOntoASecondLine_ReadAsOne()
    {
        const string tracker = """
            Recommendation tracker

            No.	Recommendation	Agreed by	Response	Executive response
            		Committee	due by
            R1	Raise the maximum award for working-age households	26/11/24	04/02/25	Accepted. Included in the 2025/26 scheme.
            R2	Write off court costs for households in receipt of full support	26/11/24	04/02/25
            """;

        var recs = ExtractorFactory.Extract(tracker).Facts.Recommendations;

        Assert.Equal(["R1", "R2"], recs.Select(r => r.Number));
        Assert.All(recs, r => Assert.Equal(new DateOnly(2025, 2, 4), r.Deadline));
        Assert.All(recs, r => Assert.Equal(new DateOnly(2024, 11, 26), r.MeetingDate));
        Assert.Equal([ResponseStatus.Responded, ResponseStatus.None], recs.Select(r => r.ResponseStatus));
    }

    [Fact]
    public void Extract_MeetingDateWrappedAndBoxRules_RowStartsAtTheDayAndMonth()
    {
        const string tracker = """
            Recommendation tracker

            ┌────┬──────────────┬──────────┬──────────┐
            Meeting	Recommendation	Response	Status
            		due by
            ├────┼──────────────┼──────────┼──────────┤
            16 July	That the Council introduces a kerbside	21/09/2025	RESPONDED
            2025	food waste collection.
            16 July	That the Council publishes tree canopy	21/09/2025	Awaited
            2025	cover data by ward.
            """;

        var recs = ExtractorFactory.Extract(tracker).Facts.Recommendations;

        Assert.Equal(["That the Council introduces a kerbside food waste collection.", "That the Council publishes tree canopy cover data by ward."], recs.Select(r => r.Text));
        Assert.All(recs, r => Assert.Equal(new DateOnly(2025, 7, 16), r.MeetingDate));
        Assert.All(recs, r => Assert.Equal(new DateOnly(2025, 9, 21), r.Deadline));
    }

    [Fact]
    public void Extract_ReferenceOfLettersOnADatedRow_StartsTheRow()
    {
        const string tracker = """
            Recommendation tracker

            Ref	Date of	Recommendation	Response	Status / Response
            	Board		due
            OSMB	10/07/2025	That an independent review of the loan	11/09/2025	Complete.
            25-01		is commissioned.
            OSMB	10/07/2025	That the strategy includes a target	11/09/2025	Awaited.
            25-02		for free public Wi-Fi.
            """;

        var recs = ExtractorFactory.Extract(tracker).Facts.Recommendations;

        Assert.Equal(["OSMB 25-01", "OSMB 25-02"], recs.Select(r => r.Number));
        Assert.Equal("That an independent review of the loan is commissioned.", recs[0].Text);
        Assert.All(recs, r => Assert.Equal(new DateOnly(2025, 7, 10), r.MeetingDate));
    }

    [Fact]
    public void Extract_SentToCabinetColumn_IsWhenTheRecommendationWasIssued()
    {
        const string tracker = """
            Recommendation tracker

            Meeting	Recommendation	Sent to Cabinet	Response due by	Status / Cabinet response
            16 July 2025	That the Council publishes tree canopy cover data by ward.	21/07/2025	21/09/2025	Awaited
            """;

        var rec = Assert.Single(ExtractorFactory.Extract(tracker).Facts.Recommendations);

        Assert.Equal((new DateOnly(2025, 7, 16), new DateOnly(2025, 7, 21), new DateOnly(2025, 9, 21)), (rec.MeetingDate, rec.Issued, rec.Deadline));
    }

    [Fact]
    public void Extract_AgreedByColumnWithYearsWrittenShort_DatesEachRow()
    {
        const string tracker = "Recommendations tracker\n\nNo\tRecommendation\tSource\tAgreed by\tResponse\tCabinet response /\tStatus\n"
            + "\t\t\tOSC\tdue\tupdate\n"
            + "1\tThat the Council establishes a\tScrutiny Review\t27 Feb 25\t27 Apr 25\tAccepted (Cabinet 17 Mar\tAccepted\n"
            + "\tone-stop affordable warmth advice\tof Warmth\t\t\t25).\n"
            + "2\tThat detached youth work is restored.\tTask group\t28 Nov 24\t28 Jan 25\tNot accepted.\tRejected\n";

        var recs = ExtractorFactory.Extract(tracker).Facts.Recommendations;

        Assert.Equal(2, recs.Count);
        Assert.Equal((new DateOnly(2025, 2, 27), new DateOnly(2025, 4, 27)), (recs[0].Issued, recs[0].Deadline));
        Assert.StartsWith("That the Council establishes a one-stop affordable warmth advice", recs[0].Text, StringComparison.Ordinal);
        Assert.Equal((new DateOnly(2024, 11, 28), new DateOnly(2025, 1, 28)), (recs[1].Issued, recs[1].Deadline));
    }
    [Fact]
    public void Extract_InstructionsAndRecommendationsLog_ReadByItsHeaderWithoutThePageFooterInItsLastRow()
    {
        const string log = "Progress on Outstanding Committee Instructions\n\nAPPENDIX A\n\n"
            + "Meeting\tInstruction / Recommendation\tDue\tStatus\n"
            + "14/05/2024\tInstruct the Chief Officer to develop a\tNov 2024\tComplete - strategy approved\n\tschool attendance improvement strategy\t\t12/11/2024\n"
            + "21/01/2025\tReport on Bridge of Don capacity\tMay 2025\tDelayed - data collection\n\toptions\t\tongoing\n"
            + "\tPage 4\n";

        var recs = ExtractorFactory.Extract(log).Facts.Recommendations;

        Assert.Equal(["Instruct the Chief Officer to develop a school attendance improvement strategy", "Report on Bridge of Don capacity options"], recs.Select(r => r.Text));
        Assert.Equal([new DateOnly(2024, 5, 14), new DateOnly(2025, 1, 21)], recs.Select(r => r.MeetingDate));
    }
}
