using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// Scottish minutes that print the committee, then when the meeting ran ("10.30am - 1.08pm") on a line of its own, then
/// the date and the venue, each on its own line.
/// </summary>
public sealed class TimeSpanLineMinutesTests
{
    private const string Minutes = """
       AUDIT, RISK AND SCRUTINY COMMITTEE


       10.30am - 1.08pm


       27 February 2025


       Council Chamber, Council Offices, High Street, Westbridge


       Present

       Members

       Euan Kerr - Chair                    Nith
       Fiona Moss - Vice Chair              Annandale


       1.   SEDERUNT AND APOLOGIES

            Apologies were received from Jean Sloan.
    """;

    [Fact]
    public void Extract_TimeSpanOnItsOwnLine_IsWhenTheMeetingBeganAndEnded()
    {
        var meeting = Assert.Single(ExtractorFactory.ExtractTextFile(Minutes, "minutes.txt").Facts.Meetings);

        Assert.Equal((new DateOnly(2025, 2, 27), new TimeOnly(10, 30), new TimeOnly(13, 8)), (meeting.Date, meeting.Start, meeting.End));
    }
}
