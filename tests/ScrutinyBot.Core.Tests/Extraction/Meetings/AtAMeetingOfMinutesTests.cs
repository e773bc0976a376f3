using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// Minutes opened the way many English councils open them, without the word "minutes": "AT A MEETING of the X
/// Committee of Y COUNCIL held in … on …" or "At a meeting of the X COMMITTEE held on … at … in …".
/// </summary>
public sealed class AtAMeetingOfMinutesTests
{
    [Fact]
    public void Extract_CommitteeOfTheCouncilHeldInPlaceOnDate_ReadsTheMeeting()
    {
        const string minutes = """
                                                                 Agenda Item 3

            AT A MEETING of the Health and Adult Social Care Select Committee of
            EXAMPLESHIRE COUNTY COUNCIL held in Ashburton Hall, The Castle, Winchester on
            Tuesday, 18th November, 2025

                                           Chairman:
                                 * Councillor Margaret Fenwick

              * Councillor Philip Brabazon                 * Councillor Julie Tremlett

            Apologies were received from Councillor Derek Hall, Councillor Tom Ash and
            Councillor Owen Laff.

            34.   WORK PROGRAMME

            RESOLVED: That the work programme be approved.
            """;

        var facts = ExtractorFactory.Extract(minutes).Facts;

        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal("Health and Adult Social Care Select Committee", meeting.Committee);
        Assert.Equal(new DateOnly(2025, 11, 18), meeting.Date);
        Assert.StartsWith("Ashburton Hall", meeting.Place, StringComparison.Ordinal);
        Assert.Equal("Councillor Margaret Fenwick", meeting.Chair); // the label over the starred name
        Assert.Equal(["Councillor Derek Hall", "Councillor Tom Ash", "Councillor Owen Laff"], facts.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name));
        Assert.Single(facts.Resolutions);
    }

    [Fact]
    public void Extract_CommitteeInCapitalsHeldOnDateAtTime_ReadsTheMeeting()
    {
        const string minutes = """
                                   THE LONDON BOROUGH OF EXAMPLE

            At a meeting of the HOUSING SCRUTINY COMMITTEE held on MONDAY, 10TH
            NOVEMBER, 2025 at 6.30 pm in Committee Room 1, Crowndale Centre

            1.   MINUTES

            RESOLVED - THAT the minutes of the meeting held on 15th September 2025 be approved.
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(minutes).Facts.Meetings);

        Assert.Equal("Housing Scrutiny Committee", meeting.Committee);
        Assert.Equal((new DateOnly(2025, 11, 10), new TimeOnly(18, 30)), (meeting.Date, meeting.Start));
    }

    [Fact]
    public void Extract_MinutesLabelOverTheItemsAndAWorkProgrammeClause_EveryDecisionRead()
    {
        const string minutes = """
            At a meeting of the HOUSING SCRUTINY COMMITTEE held on MONDAY, 10TH
            NOVEMBER, 2025 at 6.30 pm in Committee Room 1, Crowndale Centre

            MEMBERS OF THE COMMITTEE PRESENT

            Councillors Isabel Morley (Chair), Tariq Bhuiyan and Ruth Ashcombe

            MINUTES

            1.   MINUTES

            RESOLVED –

            THAT the minutes of the meeting held on 15th September 2025 be approved.

            9.   WORK PROGRAMME AND ACTION TRACKER

            RESOLVED –

            THAT the work programme and action tracker be noted, subject to the addition
            of an item on damp and mould.
            """;

        var facts = ExtractorFactory.Extract(minutes).Facts;

        Assert.Equal(new DateOnly(2025, 11, 10), Assert.Single(facts.Meetings).Date);
        Assert.Equal(2, facts.Resolutions.Count);
        Assert.Contains(facts.Resolutions, r => r.Text.Contains("work programme and action tracker be noted", StringComparison.OrdinalIgnoreCase));
        Assert.All(facts.Resolutions, r => Assert.Equal(new DateOnly(2025, 11, 10), r.MeetingDate));
    }

    [Fact]
    public void Extract_MembersOfTheCommitteePresentAndAbsent_ReadAsLabels()
    {
        const string minutes = """
            At a meeting of the HOUSING SCRUTINY COMMITTEE held on MONDAY, 10TH
            NOVEMBER, 2025 at 6.30 pm in Committee Room 1, Crowndale Centre

            MEMBERS OF THE COMMITTEE PRESENT

            Councillors Isabel Morley (Chair), Tariq Bhuiyan (Vice-Chair), Ruth Ashcombe and Daniel
            Whitfield

            MEMBERS OF THE COMMITTEE ABSENT

            Councillors Conor Maguire and Hannah Zielinski

            MINUTES

            1.   APOLOGIES
            """;

        var facts = ExtractorFactory.Extract(minutes).Facts;

        Assert.Equal("Councillor Isabel Morley", Assert.Single(facts.Meetings).Chair);
        Assert.Equal(
            ["Councillor Isabel Morley", "Councillor Tariq Bhuiyan", "Councillor Ruth Ashcombe", "Councillor Daniel Whitfield"], // a name wrapped after its first word
            facts.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
        Assert.Equal(["Councillor Conor Maguire", "Councillor Hannah Zielinski"], facts.Attendance.Where(a => a.Status == AttendanceStatus.Absent).Select(a => a.Name));
    }
}
