using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// A minute as Falkirk sets it out: "COUNCILLORS:", "OFFICERS:" and "ALSO" over "ATTENDING:" in a column beside the
/// names; apologies "intimated on behalf of Councillors …"; items numbered with the committee's letters ("SC26.");
/// decisions as a list after "The committee:-" whose items go on its stem in lower case ("(2) agreed to add … to the
/// forward plan"); and "The Convener closed the meeting at 11.05 a.m.".
/// </summary>
public sealed class ScottishColumnLabelsTests
{
    private const string Minute = """
        MINUTE of MEETING of the SCRUTINY COMMITTEE held in the MUNICIPAL BUILDINGS,
        CARRONBANK on THURSDAY 20 FEBRUARY 2025 at 9.30 A.M.

        COUNCILLORS:   Jim Brodie (Convener); Fiona Dalgleish; Euan Gilchrist;
                       Siobhan Kerr and Lynsey Forsyth.

        OFFICERS:      Jack Hislop, Director of Place Services; and Karen Doig,
                       Governance Manager.

        ALSO           Councillor Stuart Melville, Portfolio Holder for Transport
        ATTENDING:     and Roads.

        SC21.  Apologies

               Apologies were intimated on behalf of Councillors Callum Baird and
               Margaret Rennie.

        SC24.  Roads Maintenance: Pothole Repairs Performance

               The committee considered a report by the Director of Place Services.

               Decision

               The committee:-

               (1)  noted the pothole repairs performance information; and

               (2)  agreed to add unclassified road condition to the forward plan
                    for 2025/26.

        SC26.  Scrutiny Committee Forward Plan 2024/25

               The committee considered a report presenting the forward plan.

               The Governance Manager reminded members that the forward plan was
               intended to be flexible.

               Decision

               The committee noted the forward plan.

        The Convener closed the meeting at 11.05 a.m.
        """;

    [Fact]
    public void Extract_ColumnLabels_ReadTheMembersOfficersAndOthersAttending()
    {
        var facts = ExtractorFactory.Extract(Minute, "minute.txt").Facts;

        Assert.Equal(
            ["Councillor Jim Brodie", "Councillor Fiona Dalgleish", "Councillor Euan Gilchrist", "Councillor Siobhan Kerr", "Councillor Lynsey Forsyth"],
            facts.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
        Assert.Equal("Councillor Jim Brodie", Assert.Single(facts.Meetings).Chair);
        Assert.Equal(
            ["Jack Hislop", "Karen Doig", "Councillor Stuart Melville"],
            facts.Attendance.Where(a => a.Status == AttendanceStatus.InAttendance).Select(a => a.Name));
        Assert.DoesNotContain(facts.Attendance, a => a.Name.Contains("Holder", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SemicolonListWhoseLinesOpenWithTheirOwnTitles_EachLineIsReadOnItsOwn()
    {
        // Belfast's layout: after a semicolon, a line with its own title ("Aldermen …", "Councillors …") starts a list.
        const string minutes = """
            Minutes of the meeting of the Strategic Policy Committee held on 14 March 2025 at 9.30 am.

            Members present:       Councillor Donnelly (Chairperson);
                                   Aldermen Craig and Rodgers; and
                                   Councillors Bunting, Flynn and Verner.

            1.  Declarations of Interest

                None.
            """;

        var facts = ExtractorFactory.Extract(minutes, "minutes.txt").Facts;

        Assert.Equal("Councillor Donnelly", Assert.Single(facts.Meetings).Chair);
        Assert.Contains("Councillor Verner", facts.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
    }

    [Fact]
    public void Extract_ApologiesIntimated_NameEveryoneWhoSentThem()
    {
        var facts = ExtractorFactory.Extract(Minute, "minute.txt").Facts;

        Assert.Equal(
            ["Councillor Callum Baird", "Councillor Margaret Rennie"],
            facts.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name));
    }

    [Fact]
    public void Extract_ItemsAndListsThatMentionTheForwardPlan_StayInTheMinutes()
    {
        var result = ExtractorFactory.Extract(Minute, "minute.txt");

        Assert.Equal(PartKind.Minutes, Assert.Single(result.Parts, p => p.Kind != PartKind.FrontSheet).Kind);
        Assert.Equal(
            ["Noted the pothole repairs performance information", "Agreed to add unclassified road condition to the forward plan for 2025/26.", "The committee noted the forward plan."],
            result.Facts.Resolutions.Select(r => r.Text.Replace("; and", string.Empty, StringComparison.Ordinal)));
    }

    [Fact]
    public void Extract_ConvenerClosedTheMeeting_IsTheEndTime()
    {
        var meeting = Assert.Single(ExtractorFactory.Extract(Minute, "minute.txt").Facts.Meetings);

        Assert.Equal((new TimeOnly(9, 30), new TimeOnly(11, 5)), (meeting.Start, meeting.End));
    }
}
