namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// "MORAY COUNCIL" over "Minute of Meeting of the Audit and Scrutiny Committee": the body meeting is the one after
/// "Minute of Meeting of", not the council. Newcastle labels its venue "Meeting held: Committee Room, Civic Centre".
/// </summary>
public sealed class MinuteOfMeetingOfHeaderTests
{
    [Fact]
    public void Extract_MinuteOfMeetingOfTheBody_NamesTheCommitteeNotTheCouncil()
    {
        const string minutes = """
            MORAY COUNCIL

            Minute of Meeting of the Audit and Scrutiny Committee

            Wednesday, 12 March 2025

            Council Chambers, Council Office, High Street, Elgin, IV30 1BX

            PRESENT

            Councillor Morag Innes, Councillor Ewan Grant

            1.      Internal Audit

                    The Committee noted the report.
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(minutes, "minutes.txt").Facts.Meetings);

        Assert.Equal("Audit and Scrutiny Committee", meeting.Committee);
        Assert.Equal("Moray Council", meeting.Council);
    }

    [Fact]
    public void Extract_MeetingHeldLabel_IsTheVenue()
    {
        const string minutes = """
                                     OVERVIEW AND SCRUTINY COMMITTEE

                                            13 February 2025

                                            (2.00 - 4.27 pm)

            Meeting held: Committee Room, Civic Centre

            PRESENT:      Councillor A Tiernan (Chair)

            1.      Budget

                    RESOLVED that the report be noted.
            """;

        Assert.Equal("Committee Room, Civic Centre", Assert.Single(ExtractorFactory.Extract(minutes, "minutes.txt").Facts.Meetings).Place);
    }
}
