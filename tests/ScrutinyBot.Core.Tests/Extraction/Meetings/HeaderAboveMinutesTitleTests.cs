using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// Minutes whose header sentence ("Meeting of the … held on Tuesday, 4 February 2025 at" / "6.30 pm in" / the venue)
/// stands above their "MINUTES" title, with the attendance below the title.
/// </summary>
public sealed class HeaderAboveMinutesTitleTests
{
    private const string Minutes = """
                                                                      Public Document Pack


       Scrutiny & Overview Committee


       Meeting of the Scrutiny & Overview Committee held on Tuesday, 4 February 2025 at
       6.30 pm in
       Council Chamber, Town Hall, Market Street, Westbridge WB1 1AA


                                            MINUTES


       Present:          Councillor Rhian Osei (Chair);
                         Councillors Tom Abbot, Lena Marsh and Ivan Pole

       Apologies:        Councillor Sara Dunn


       10/25    Minutes of the Previous Meeting

                The minutes of the meeting held on Tuesday, 14 January 2025 were approved
                as an accurate record.
    """;

    [Fact]
    public void Extract_HeaderAboveTheTitle_BelongsToTheMinutes()
    {
        var facts = ExtractorFactory.ExtractTextFile(Minutes, "minutes.txt").Facts;

        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal((new DateOnly(2025, 2, 4), new TimeOnly(18, 30)), (meeting.Date, meeting.Start));
        Assert.Equal("Council Chamber, Town Hall, Market Street, Westbridge WB1 1AA", meeting.Place);
        Assert.Equal(
            ["Councillor Rhian Osei", "Councillor Tom Abbot", "Councillor Lena Marsh", "Councillor Ivan Pole"],
            facts.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
        Assert.Equal("Councillor Sara Dunn", Assert.Single(facts.Attendance, a => a.Status == AttendanceStatus.Apologies).Name);
    }
}
