using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>Minutes whose start time closes the sentence naming the venue: after a Scottish "ABERDEEN, date. Minute of
/// Meeting of the … held in …", and wrapped onto the line under a Welsh "Meeting held in …".</summary>
public sealed class VenueSentenceTimeTests
{
    [Fact]
    public void Extract_ScottishMinuteHeldInVenueAtTime_ReadsTheStart()
    {
        const string minutes = """
                                      NORTHBURGH CITY COUNCIL


            FINANCE AND RESOURCES COMMITTEE


            NORTHBURGH, 4 June 2025. Minute of Meeting of the FINANCE AND
            RESOURCES COMMITTEE held in Committee Room 1, Town House at 10.30am.
            Present:- Councillor Moira Keith, Convener; and Councillors
            Andrew Bruce and Lorna Gray.

            1.     DECLARATIONS OF INTEREST

            There were no declarations of interest.
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(minutes, "minutes.txt").Facts.Meetings);

        Assert.Equal((new DateOnly(2025, 6, 4), new TimeOnly(10, 30)), (meeting.Date, meeting.Start));
    }

    [Fact]
    public void Extract_VenueSentenceWrappingOntoTheTime_ReadsTheStart()
    {
        const string minutes = """
                                 HOUSING SCRUTINY COMMITTEE

                                        3 JUNE 2025

            Meeting held in Committee Room 2, County Hall, Cardiff (multi-location
            meeting) at 5.00 pm

            Present:      Councillor Alis Rowlands (Chairperson)
                          Councillors Bryn Ellis and Nerys Pugh

            1     :   APOLOGIES FOR ABSENCE

            None.
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(minutes, "minutes.txt").Facts.Meetings);

        Assert.Equal((new DateOnly(2025, 6, 3), new TimeOnly(17, 0)), (meeting.Date, meeting.Start));
    }
}
