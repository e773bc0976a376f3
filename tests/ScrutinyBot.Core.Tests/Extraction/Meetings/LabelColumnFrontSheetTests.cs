using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// A front sheet printed with a left margin, whose labels stand in a column of their own without colons ("Committee", "Date and Time" wrapped
/// over "of Meeting", "Venue", "Membership"), signed off below the items with the date the pack went out.
/// </summary>
public sealed class LabelColumnFrontSheetTests
{
    private const string Front = """
                                                                      Public Document Pack


         Committee            HOUSING AND COMMUNITIES SCRUTINY COMMITTEE


         Date and Time        WEDNESDAY, 15 OCTOBER 2025, 5.00 PM
         of Meeting

         Venue                COMMITTEE ROOM 2 - CITY HALL, MULTI-LOCATION MEETING

         Membership           Councillor Ffion Davies (Chair)
                              Councillors Alun Jones, Nia Roberts, Owen Hughes
                              and Sian Lloyd


         1     Apologies for Absence

               To receive apologies for absence.

         2     Declarations of Interest

         3     Minutes (Pages 3 - 8)

               To approve as a correct record the minutes of the meeting held on
               17 September 2025.

         4     Empty Homes Strategy (Pages 9 - 30)                        5.05 pm


         Gareth Owen
         Director of Governance
         Date: Thursday, 9 October 2025
         Contact: Menna Price, 01234 567890
    """;

    [Fact]
    public void Extract_LabelsInAColumn_ReadsTheMeetingNotTheDateTheAgendaWentOut()
    {
        var meeting = Assert.Single(Read(Front).Facts.Meetings);

        Assert.Equal("Housing and Communities Scrutiny Committee", meeting.Committee);
        Assert.Equal((new DateOnly(2025, 10, 15), new TimeOnly(17, 0)), (meeting.Date, meeting.Start));
        Assert.Equal("COMMITTEE ROOM 2 - CITY HALL, MULTI-LOCATION MEETING", meeting.Place);
        Assert.Equal("Councillor Ffion Davies", meeting.Chair);
    }

    [Fact]
    public void Extract_DateLineOverItemsSignedWithTheDaySent_KeepsTheMeetingsDate()
    {
        const string front = """
            WESTSHIRE COUNTY COUNCIL

            PLACES SCRUTINY COMMITTEE

            Thursday, 20 November 2025 at 10.00 am

            Council Chamber, County Hall, Westbury

            1     Apologies for Absence

            2     Minutes of the meeting held on 16 October 2025


            Director of Law and Governance
            Date: Wednesday, 12 November 2025
            """;

        var meeting = Assert.Single(Read(front).Facts.Meetings);

        Assert.Equal((new DateOnly(2025, 11, 20), new TimeOnly(10, 0)), (meeting.Date, meeting.Start));
    }

    private static ExtractionResult Read(string text) =>
        ExtractorFactory.ExtractTextFile(text, "agenda.txt");
}
