using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// Minutes titled by the body alone, as London boroughs print them ("MINUTES OF THE … SCRUTINY SUB-COMMITTEE" over
/// "HELD AT 6.30 P.M. ON MONDAY, 10 FEBRUARY 2025" and the venue), with members listed one a line and a column's note
/// after a dash ("-(Chair)", "-(Substitute for Councillor …)").
/// </summary>
public sealed class BodyTitledMinutesTests
{
    private const string Minutes = """
                                      HOUSING SCRUTINY SUB-COMMITTEE, 10/02/2025
                                               SECTION ONE (UNRESTRICTED)

                         LONDON BOROUGH OF EASTBRIDGE

                MINUTES OF THE HOUSING SCRUTINY SUB-COMMITTEE

                   HELD AT 6.30 P.M. ON MONDAY, 10 FEBRUARY 2025

                   COUNCIL CHAMBER - TOWN HALL, RIVERSIDE

        Members Present in Person:

        Councillor Amina Choudhury         -(Chair)
        Councillor Peter Begum
        Councillor Dawn Pellegrini
        Councillor Karim Rahman            -(Substitute for Councillor Helen Ashby)

        Apologies:

        Councillor Helen Ashby

        1.   MINUTES OF THE PREVIOUS MEETING(S)

             RESOLVED:

             1. That the minutes of the meeting held on 25 November 2024 were
                approved and signed by the Chair as a correct record.

        2.   DAMP AND MOULD

             RESOLVED:

             1. That the report be noted.

                                                    The meeting ended at 8.57 p.m.
        """;

    [Fact]
    public void Extract_MinutesTitledByTheBodyAlone_ReadsTheMeetingAndItsDecisions()
    {
        var facts = ExtractorFactory.Extract(Minutes, "minutes.txt").Facts;

        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal("Housing Scrutiny Sub-committee", meeting.Committee);
        Assert.Equal((new DateOnly(2025, 2, 10), new TimeOnly(18, 30), new TimeOnly(20, 57)), (meeting.Date, meeting.Start, meeting.End));
        Assert.Equal("Councillor Amina Choudhury", meeting.Chair);
        Assert.Contains(facts.Resolutions, r => r.Text.StartsWith("That the report be noted", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SubstituteNoteWithATitleInsideItsBracket_IsTheNoteOfTheMemberBeforeIt()
    {
        var facts = ExtractorFactory.Extract(Minutes, "minutes.txt").Facts;

        var substitute = Assert.Single(facts.Attendance, a => a.Status == AttendanceStatus.Substitute);
        Assert.Equal("Councillor Karim Rahman", substitute.Name);
        Assert.Equal(
            ["Councillor Amina Choudhury", "Councillor Peter Begum", "Councillor Dawn Pellegrini"],
            facts.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
        Assert.Equal(["Councillor Helen Ashby"], facts.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name));
    }

    [Fact]
    public void Extract_TitledListEndingWithASubstituteForATitledMember_SplitsOnlyOutsideTheBracket()
    {
        const string minutes = """
            Minutes of the meeting of the Economy Select Committee held on 12 March 2025 at 6.00 pm

            Present:     Councillor Declan Murtagh (Chair)
                         Councillors Laura Bentham, Kieran Doyle and
                         Neil Whiteside (substitute for Councillor Ruth Cheng)

            1.   Apologies

                 There were no apologies.
            """;

        var attendance = ExtractorFactory.Extract(minutes, "minutes.txt").Facts.Attendance;

        Assert.Equal("Councillor Neil Whiteside", Assert.Single(attendance, a => a.Status == AttendanceStatus.Substitute).Name);
        Assert.DoesNotContain(attendance, a => a.Name.Contains("Cheng", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_FrontSheetOfABodyWhoseNameEndsSubCommittee_ReadsTheMeetingItSummons()
    {
        const string front = """
                                                     EASTBRIDGE

            HOUSING SCRUTINY SUB-COMMITTEE

            Monday, 10 February 2025 at 6.30 p.m.
            Council Chamber - Town Hall, Riverside, 1 High Street, London E1 1BJ

            Members:

            Chair:           Councillor Amina Choudhury
            Vice-Chair:      Councillor Helen Ashby

            Councillor Peter Begum and Councillor Dawn Pellegrini
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(front, "agenda.txt").Facts.Meetings);

        Assert.Equal("Housing Scrutiny Sub-committee", meeting.Committee);
        Assert.Equal((new DateOnly(2025, 2, 10), new TimeOnly(18, 30)), (meeting.Date, meeting.Start));
        Assert.Equal("Council Chamber - Town Hall, Riverside, 1 High Street, London E1 1BJ", meeting.Place);
        Assert.Equal("Councillor Amina Choudhury", meeting.Chair);
    }
}
