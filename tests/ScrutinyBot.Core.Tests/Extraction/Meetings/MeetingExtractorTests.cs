namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

public sealed class MeetingExtractorTests
{
    private const string Pack = """
        Public Document Pack

        Borsetshire County Council Health Scrutiny Committee

        - Date: Tuesday, 4 March 2025
        - Time: 2pm
        - Place: Council Chamber, Shire Hall, Borchester, BC1 2AB

        1 Apologies for absence
        2 Minutes 3 - 8 To confirm the minutes of the meeting held on 14 January 2025

        Borsetshire County Council

        Health Scrutiny Committee

        Minutes of the meeting held in the Council Chamber, Shire Hall on 14 January 2025 from 10.02 am to 12.45 pm

        Present

        Councillor Jane Archer (Chair) Councillor Tom Forrest Councillor Ruth Grundy

        Absent

        Councillor Eddie Grundy

        12 Apologies for absence

        Councillor Peggy Woolley - illness

        13 Minutes

        The Committee confirmed the minutes of the meeting held on 5 November 2024 as a correct record.
        """;

    [Theory]
    [InlineData("Borsetshire County Council is asked to note the plan.", "Borsetshire County Council")]
    [InlineData("The County Council is asked to note the plan.", null)]
    public void Extract_FrontSheetNamingNoCouncil_TakesTheCouncilThePaperNamesForItsPlace(string closing, string? council)
    {
        var pack = $"""
            Health Scrutiny Committee

            - Date: Tuesday, 4 March 2025
            - Time: 2pm
            - Place: Council Chamber, Shire Hall, Borchester, BC1 2AB

            1 Apologies for absence
            2 Hospital discharge in Borsetshire 3 - 8

            Hospital discharge in Borsetshire

            Delays in Borsetshire hospitals have fallen. Patients from Felpersham go home sooner. Borsetshire has six hubs.
            {closing}
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(pack).Facts.Meetings);

        Assert.Equal(council, meeting.Council);
    }

    [Fact]
    public void Extract_FrontSheetAndMinutes_ReturnsBothMeetings()
    {
        var facts = ExtractorFactory.Extract(Pack).Facts;

        Assert.Equal(2, facts.Meetings.Count);
        var next = facts.Meetings.Single(m => m.Date == new DateOnly(2025, 3, 4));
        Assert.Equal("Borsetshire County Council", next.Council);
        Assert.Equal("Health Scrutiny Committee", next.Committee);
        Assert.Equal(new TimeOnly(14, 0), next.Start);
        Assert.Equal("Council Chamber, Shire Hall, Borchester, BC1 2AB", next.Place);
        var minuted = facts.Meetings.Single(m => m.Date == new DateOnly(2025, 1, 14));
        Assert.Equal(new TimeOnly(10, 2), minuted.Start);
        Assert.Equal(new TimeOnly(12, 45), minuted.End);
        Assert.Equal("Councillor Jane Archer", minuted.Chair);
        Assert.Equal("Health Scrutiny Committee", minuted.Committee);
    }

    [Fact]
    public void Extract_MinutesWithMeetingLabelAndClosingTime_ReadsEndAndChairman()
    {
        const string minutes = """
            Meeting: Adult Social Care Select Committee

            Date: Monday 09 September 2024 (commencing at 10:30am)

            Membership: County Councillors

            Lynda Snell (Chairman)
            Robert Snell (Apologies)
            Shula Hebden (Absent)

            Substitute Members

            Kenton Archer for Robert Snell

            1 MINUTES OF THE LAST MEETING

            The minutes of the last meeting held on 8 July 2024 were confirmed and signed by the Chairman.

            The meeting closed at 12:18pm.
            """;

        var facts = ExtractorFactory.Extract(minutes).Facts;

        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(new DateOnly(2024, 9, 9), meeting.Date);
        Assert.Equal(new TimeOnly(10, 30), meeting.Start);
        Assert.Equal(new TimeOnly(12, 18), meeting.End);
        Assert.Equal("The meeting closed at 12:18pm.", meeting.EndEvidence?.Quote);
        Assert.Equal("Lynda Snell", meeting.Chair);
        Assert.Equal("Adult Social Care Select Committee", meeting.Committee);
    }

    [Fact]
    public void Extract_StandaloneReportCover_ReturnsMeetingFromCover()
    {
        const string report = "People Directorate\n\nMeeting Title\tAmbridge Scrutiny Panel\t\nReport Title\tFostering update\t\nMeeting Date\t24th January 2024\t\n\nSummary of issues:\n";

        var meeting = Assert.Single(ExtractorFactory.Extract(report).Facts.Meetings);

        Assert.Equal(new DateOnly(2024, 1, 24), meeting.Date);
        Assert.Equal("Ambridge Scrutiny Panel", meeting.Committee);
    }
}
