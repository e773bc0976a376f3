using System.Text;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Ingestion.Readers;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// Welsh and Scottish councils' forms: a notice of meeting with "At:", "On:", "Time:" and "Chair:" fields; a venue
/// printed above the date ("Blended Meeting - Council Chamber, …" over "Thursday, 23rd January, 2025 - 10.00 a.m.");
/// minutes whose chair "Presided" on the "Present:" line over a grid of members under "Councillor(s)" column heads, and
/// apologies sorted by "Councillor(s):" and "Co-opted Member(s):".
/// </summary>
public sealed class LabelledFieldsAndColumnGridTests
{
    [Fact]
    public void Extract_NoticeOfMeetingWithLabelledFields_ReadsPlaceDateTimeAndChair()
    {
        const string notice = """
            County Borough of Glanmor                              Bwrdeistref Sirol Glanmor

            Notice of Meeting

            You are invited to attend

            Scrutiny Programme Committee

            At:          Multi-Location Meeting - Council Chamber, Guildhall, Glanmor

            On:          Monday, 10 February 2025

            Time:        4.00 pm

            Chair:       Councillor Rhian Powys
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(notice, "agenda.txt").Facts.Meetings);

        Assert.Equal(("Scrutiny Programme Committee", new DateOnly(2025, 2, 10), new TimeOnly(16, 0)), (meeting.Committee, meeting.Date, meeting.Start));
        Assert.Equal("Multi-Location Meeting - Council Chamber, Guildhall, Glanmor", meeting.Place);
        Assert.Equal("Councillor Rhian Powys", meeting.Chair);
    }

    [Fact]
    public void Extract_VenueAboveADateLineEndingInAm_ReadsBoth()
    {
        const string front = """
                                                              Public Document Pack

            Environment Scrutiny Committee


            Blended Meeting - Council Chamber, Fife House, North Street, Glenrothes


            Thursday, 23rd January, 2025 - 10.00 a.m.


                                             AGENDA
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(front, "agenda.txt").Facts.Meetings);

        Assert.Equal((new DateOnly(2025, 1, 23), new TimeOnly(10, 0)), (meeting.Date, meeting.Start));
        Assert.Equal("Blended Meeting - Council Chamber, Fife House, North Street, Glenrothes", meeting.Place);
    }

    private const string Minutes = """
        County Borough of Glanmor

        Minutes of the Scrutiny Programme Committee

        Multi-Location Meeting - Council Chamber, Guildhall, Glanmor

        Monday, 10 February 2025 at 4.00 pm

        Present: Councillor R E Powys (Chair) Presided

        Councillor(s)            Councillor(s)            Councillor(s)
        C Bowen-Thomas           K Mainwaring             P R Lloyd
        D W Griffiths            M Pryce                  S J Penhallow
        E J Hopkins              N Rhys-Evans             W Jenkins

        Co-opted Member(s)
        G Penrice

        Other Attendees
        Alun Cadoxton            Cabinet Member - Environment

        Officer(s)
        Sioned Pennard           Lawyer

        Apologies for Absence
        Councillor(s): T Watkins
        Co-opted Member(s): N Talbot

        60   Disclosures of Personal and Prejudicial Interests.

             None.

        The meeting ended at 6.03 pm
        """;

    [Fact]
    public void Extract_PresentLineWithTheChairOverAGridUnderColumnTitles_ReadsEveryMember()
    {
        var facts = ReadAsIngested(Minutes);

        Assert.Equal(
            [
                "Councillor R E Powys", "Councillor C Bowen-Thomas", "Councillor K Mainwaring", "Councillor P R Lloyd", "Councillor D W Griffiths",
                "Councillor M Pryce", "Councillor S J Penhallow", "Councillor E J Hopkins", "Councillor N Rhys-Evans", "Councillor W Jenkins", "G Penrice",
            ],
            facts.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
        Assert.Equal(["Alun Cadoxton", "Sioned Pennard"], facts.Attendance.Where(a => a.Status == AttendanceStatus.InAttendance).Select(a => a.Name));
        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal("Councillor R E Powys", meeting.Chair);
        Assert.Equal("Multi-Location Meeting - Council Chamber, Guildhall, Glanmor", meeting.Place);
    }

    [Fact]
    public void Extract_GridUnderCountyCouncillorsColumnTitles_GivesEachNameThatTitle()
    {
        var facts = ReadAsIngested(Minutes.Replace("Councillor(s)            Councillor(s)            Councillor(s)", "COUNTY COUNCILLORS       COUNTY COUNCILLORS       COUNTY COUNCILLORS", StringComparison.Ordinal));

        Assert.Contains("County Councillor C Bowen-Thomas", facts.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
        Assert.DoesNotContain(facts.Attendance, a => a.Name.StartsWith("Councillor C Bowen", StringComparison.Ordinal));
    }

    /// <summary>As ingested: the reader turns the grid's runs of spaces into its columns.</summary>
    private static DocumentFacts ReadAsIngested(string text) =>
        ExtractorFactory.ExtractTextFile(text, "minutes.txt").Facts;

    [Fact]
    public void Extract_ApologiesSortedByKindOfMember_StayApologies()
    {
        var facts = ExtractorFactory.Extract(Minutes, "minutes.txt").Facts;

        Assert.Equal(["Councillor T Watkins", "N Talbot"], facts.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name));
    }

    [Fact]
    public void Extract_MinutesWithFieldsSetInColumns_ReadTheVenueCell()
    {
        const string minutes = """
             minutes

             Meeting          PLACE SELECT COMMITTEE

             Date             Monday 17 March 2025 (commencing at 10:30 am)

             Venue            Council Chamber, County Hall, West Bridgford, Nottingham NG2 7QP

             Membership
             COUNCILLORS
                      Philip Hartwell (Chairman)
                      Nigel Askew

             1  MINUTES OF THE LAST MEETING

                The minutes were confirmed.
            """;

        // Read as a text file is, so the reader sets the aligned fields apart in cells.
        var document = new ScrutinyBot.Core.Ingestion.Readers.PlainTextDocumentReader().Read("minutes.txt", System.Text.Encoding.UTF8.GetBytes(minutes));
        var meeting = Assert.Single(ExtractorFactory.Create().Extract("minutes.txt", document).Facts.Meetings);

        Assert.Equal("Council Chamber, County Hall, West Bridgford, Nottingham NG2 7QP", meeting.Place);
    }
}
