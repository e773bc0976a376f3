using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Tests.Extraction.Splitting;

public sealed class PackSplitterTests
{
    [Fact]
    public void Extract_Pack_FindsPartsWithPages()
    {
        var pages = new[]
        {
            "Ambridge Parish Council Finance Committee\n\nDate: 1 May 2025\nTime: 7pm\nPlace: Village Hall, Ambridge\n\n1 Minutes\n2 Precept report",
            "Ambridge Parish Council\nFinance Committee\nMinutes of the meeting held at the Village Hall on 3 April 2025\n\nPresent\n\nCouncillor Jill Archer (Chair)\n\n10 Accounts\n\nRESOLVED: That the accounts be approved.",
            "Precept 2025/26\n\nReport of the Clerk\n\n1 Purpose\n\n1.1 To set the precept.",
            "Recommendation Tracker\n\nDate of Meeting:\tFootpaths\t\n3 April 2025\t1) That the stile is repaired. (R)\t",
            "Finance Committee Work Programme 2025/26\n\nDate\tItems\n1 May 2025\tPrecept",
        };

        var result = ExtractorFactory.Create().Extract("pack.pdf", pages.Select((t, i) => new PageText(i + 1, t)).ToList());

        Assert.Equal(
            [PartKind.FrontSheet, PartKind.Minutes, PartKind.Report, PartKind.Tracker, PartKind.WorkProgramme],
            result.Parts.Select(p => p.Kind));
        Assert.Equal([1, 2, 3, 4, 5], result.Parts.Select(p => p.StartPage));
        Assert.Equal("Precept 2025/26", result.Parts[2].Title);
        Assert.Equal(new DateOnly(2025, 4, 3), result.Parts[1].MeetingDate);
        Assert.Equal(new DateOnly(2025, 5, 1), result.Parts[2].MeetingDate);
        Assert.Equal(("Ambridge Parish Council", "Finance Committee", new DateOnly(2025, 5, 1)), (result.Metadata.Council, result.Metadata.Committee, result.Metadata.MeetingDate));
        Assert.Equal(2, result.Facts.Resolutions.Single().Evidence.Page);
    }

    [Fact]
    public void Extract_ProgrammeUnderThePacksItemStamp_AfterMinutes_IsAPartOfItsOwn()
    {
        // A pack read as one text, its page footer and the next page's stamp ("Agenda Item 7") right over the
        // programme's heading: the heading does not go on from the stamp, so the minutes end there.
        const string pack = """
            Ambridge Parish Council
            Finance Committee
            Minutes of the meeting held at the Village Hall on 3 April 2025

            Present: Councillor Jill Archer (Chair)

            10    Accounts

            10.1  RESOLVED: That the accounts be approved.

                                                                   Page 19
                                                             Agenda Item 7
            Finance Committee - Work Programme 2025/26

            Topic / Issue                      Objectives for scrutiny           Timing
            Precept Setting                    To review the precept             June 2025
            """;

        var result = ExtractorFactory.Extract(pack, "pack.txt");

        Assert.Equal([PartKind.Minutes, PartKind.WorkProgramme], result.Parts.Select(p => p.Kind));
        Assert.Equal("The accounts be approved.", Assert.Single(result.Facts.Resolutions).Text);
    }

    [Fact]
    public void Extract_ReportAndTrackerUnderTheirStampsAfterMinutes_ArePartsOfTheirOwn()
    {
        // The last page's number ("Page 12") stands between the minutes' last line and the next stamp, and the
        // programme lists the tracker as a dashed item: neither keeps a part going nor opens one.
        const string pack = """
            NEIGHBOURHOODS SELECT COMMITTEE

            At a meeting held on Tuesday, 19th November, 2024

            Present: Councillor Joanne Calvert (Chair)

            20.  Select Committee Recommendations Tracker

                 RESOLVED that the tracker be noted.

                                                                   Page 12
                                                             Agenda Item 5
            LIVERPOOL CITY COUNCIL

            REPORT TO:        Neighbourhoods Select Committee
            DATE:             21 January 2025
            REPORT OF:        Director of Neighbourhoods

            TITLE:            REVIEW OF PUBLIC SPACES PROTECTION ORDERS

            1.   PURPOSE OF THE REPORT

            1.1  To seek the views of the Select Committee on the review.

                                                                   Page 26
                                                             Agenda Item 6
                       NEIGHBOURHOODS SELECT COMMITTEE - RECOMMENDATIONS TRACKER

            Recommendation NSC 08/24
              Recommendation:  That Cabinet introduce a 12-week target for completing
                               alleygate consultations
              Sent to:         Cabinet
              Date sent:       25 November 2024
              Response due:    20 January 2025
              Response:        None received

                                                                   Page 27
                                                             Agenda Item 7
                       NEIGHBOURHOODS SELECT COMMITTEE - WORK PROGRAMME 2024/25

            Tuesday 18 March 2025
              -  Cemeteries and Crematoria
              -  Select Committee Recommendations Tracker
            """;

        var result = ExtractorFactory.Extract(pack, "pack.txt");

        Assert.Equal([PartKind.Minutes, PartKind.Report, PartKind.Tracker, PartKind.WorkProgramme], result.Parts.Select(p => p.Kind));
    }

    [Fact]
    public void Extract_NoPages_ReturnsOneEmptyPart()
    {
        var result = ExtractorFactory.Create().Extract("empty.txt", []);

        Assert.Single(result.Parts);
        Assert.Same(ScrutinyBot.Core.Extraction.DocumentFacts.Empty, result.Facts);
    }
}
