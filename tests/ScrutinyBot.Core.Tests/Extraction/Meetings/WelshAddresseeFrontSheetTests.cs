using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// A Welsh summons that addresses the members in both languages ("AT: HOLL AELODAU'R …" over "TO: ALL MEMBERS OF …"):
/// "At:" is Welsh for "To:" there, not a venue; the summons sentence says where the meeting is held.
/// </summary>
public sealed class WelshAddresseeFrontSheetTests
{
    private const string Front = """
                                                       Cyngor Sir Westhir
                                                       Westshire County Council


       DYDD MAWRTH, 4 MAWRTH 2025 / TUESDAY, 4 MARCH 2025


       AT: HOLL AELODAU'R PWYLLGOR CRAFFU ADDYSG
       TO: ALL MEMBERS OF THE EDUCATION SCRUTINY COMMITTEE


       I HEREBY SUMMON YOU TO ATTEND A MEETING OF THE EDUCATION SCRUTINY COMMITTEE WHICH WILL BE HELD IN
       THE CHAMBER, COUNTY HALL, WESTBRIDGE. SA99 1AA
       AT 10.00 AM ON WEDNESDAY, 12TH MARCH, 2025
       FOR THE TRANSACTION OF THE BUSINESS OUTLINED ON THE ATTACHED AGENDA


       1.   APOLOGIES FOR ABSENCE
    """;

    [Fact]
    public void Extract_WelshAtAddressingTheMembers_IsNoVenue()
    {
        var meeting = Assert.Single(ExtractorFactory.ExtractTextFile(Front, "agenda.txt").Facts.Meetings);

        Assert.Equal(new DateOnly(2025, 3, 12), meeting.Date);
        Assert.DoesNotContain("AELODAU", meeting.Place ?? string.Empty, StringComparison.Ordinal);
        Assert.StartsWith("THE CHAMBER, COUNTY HALL", meeting.Place, StringComparison.Ordinal);
    }
}
