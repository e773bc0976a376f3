namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// A minutes header that names the date under the committee, then "Held in …" on a line of its own and the date again
/// with its time on the next (Belfast's form): the venue is the "Held in" line's, the start the time after the date's
/// second writing.
/// </summary>
public sealed class HeldOnItsOwnLineTests
{
    private const string Minutes = """
                                        People and Communities Committee

                                           Tuesday, 4th February, 2025


                       MEETING OF THE PEOPLE AND COMMUNITIES COMMITTEE
                       Held in the Lavery Room - City Hall and remotely via Microsoft Teams
                       on Tuesday, 4th February, 2025 at 5.15 p.m.


             Members present:       Councillor Quinlivan (Chairperson);
                                    Councillors Ardill, Brannigan and Wolsey.

                                           Apologies

                    Apologies for inability to attend were reported on behalf of
             Councillor Twomey.

                                            Minutes

                    The minutes of the meeting of 7th January were taken as read and signed
             as correct.
        """;

    [Fact]
    public void Extract_HeldInLineAndDateRepeatedWithItsTime_GiveVenueAndStart()
    {
        var meeting = Assert.Single(ExtractorFactory.Extract(Minutes).Facts.Meetings);

        Assert.Equal(new DateOnly(2025, 2, 4), meeting.Date);
        Assert.Equal(new TimeOnly(17, 15), meeting.Start);
        Assert.Equal("Lavery Room - City Hall and remotely via Microsoft Teams", meeting.Place);
    }
}
