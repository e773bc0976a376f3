using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// Front sheets and minutes whose fields wrap or are named in the council's own words: a "Title:" field holding the
/// committee's name over two lines, a "Meeting of …" title wrapped under its last word, an agenda entry wrapped onto a
/// line that reads like a heading, a venue named after the date and a comma, a summons naming the venue before the time,
/// minutes timed in four figures ("Commenced 1730") under the venue.
/// </summary>
public sealed class WrappedHeaderFieldsTests
{
    [Fact]
    public void Extract_TitleFieldWrappedOverTwoLines_IsTheCommittee()
    {
        const string front = """
                                                 Public Document Pack
                 Committee Agenda

                 Title:                 Housing, Planning and Transport Policy and
                                        Scrutiny Committee

                 Meeting Date:          Monday 3rd March, 2025

                 Time:                  6.30 pm

                 Venue:                 Room 4, 2nd Floor, 10 High Street, London, SW1A 1AA

                                             AGENDA

                 1.     MEMBERSHIP

                 2.     DECLARATIONS OF INTEREST
            """;

        var meeting = Assert.Single(ExtractorFactory.ExtractTextFile(front, "agenda.txt").Facts.Meetings);

        Assert.Equal("Housing, Planning and Transport Policy and Scrutiny Committee", meeting.Committee);
        Assert.Equal((new DateOnly(2025, 3, 3), new TimeOnly(18, 30)), (meeting.Date, meeting.Start));
    }

    [Fact]
    public void Extract_TitleFieldNamingAReport_IsNoCommittee()
    {
        const string cover = """
            Title:     Annual Report of the Audit Committee

            Date:      Monday 3rd March, 2025

            1. Purpose of the report
            """;

        Assert.Empty(ExtractorFactory.ExtractTextFile(cover, "report.txt").Facts.Meetings);
    }

    [Fact]
    public void Extract_MeetingOfTitleWrappedAndAnItemWrappedOverAProgrammeTitle_ReadsOneFrontSheet()
    {
        const string front = """
                 Meeting of Safer and Stronger Communities Overview and
                 Scrutiny Committee

                 Date          Monday 27 January 2025

                 Time          9.30 am

                 Venue         Committee Room 2, County Hall, Westbury

                 1.    Apologies

                 2.    Safer and Stronger Communities Overview and Scrutiny
                       Committee - Work Programme 2024/25 and Refresh of Work Programme
                       2025/26 - Report of the Head of Legal Services

                 To:    The Members of the Safer and Stronger Communities
                        Overview and Scrutiny Committee

                        Councillor J Marwood (Chair)
                        Councillor P Keld (Vice-Chair)
            """;

        var meeting = Assert.Single(ExtractorFactory.ExtractTextFile(front, "agenda.txt").Facts.Meetings);

        Assert.Equal("Safer and Stronger Communities Overview and Scrutiny Committee", meeting.Committee);
        Assert.Equal("Councillor J Marwood", meeting.Chair);
    }

    [Fact]
    public void Extract_MinutesNamingTheVenueAfterTheDateAndAComma_ReadsTheVenue()
    {
        const string minutes = """
            MINUTES OF PROCEEDINGS

            Minutes of a meeting of the Housing, Planning and Transport Policy
            and Scrutiny Committee held on Monday 3rd March, 2025, Rooms 5.01 -
            5.03 - 5th Floor, 10 High Street, London, SW1A 1AA.

            Members Present: Councillors Ann Lee (Chair), Ben Cole and Cat Dunn

            1      MINUTES

            RESOLVED: That the minutes of the meeting held on 20 January 2025 be signed as a correct record.
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(minutes, "minutes.txt").Facts.Meetings);

        Assert.Equal("Rooms 5.01 - 5.03 - 5th Floor, 10 High Street, London, SW1A 1AA", meeting.Place);
    }

    [Fact]
    public void Extract_MinutesTimedInFourFiguresUnderTheVenue_ReadsTheVenueAndTheTimes()
    {
        const string minutes = """
            Minutes of a meeting of the Places Overview and Scrutiny Committee held on
            Tuesday, 11 March 2025 in Committee Room 1 - City Hall, Westbury

            Commenced 1730
            Concluded 1952

            Present - Councillors Ann Lee, Ben Cole and Cat Dunn

            1.   MINUTES

            Resolved - That the minutes of the meeting held on 14 January 2025 be signed as a correct record.
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(minutes, "minutes.txt").Facts.Meetings);

        Assert.Equal("Committee Room 1 - City Hall, Westbury", meeting.Place);
        Assert.Equal((new TimeOnly(17, 30), new TimeOnly(19, 52)), (meeting.Start, meeting.End));
    }

    [Fact]
    public void Extract_SummonsNamingTheVenueThenTheTime_ReadsTheVenueWithoutTheTime()
    {
        const string front = """
            Westbury

            Dear Member

            Safer Communities Scrutiny Panel

            The Safer Communities Scrutiny Panel will meet in the Council
            Chamber - Town Hall, Westbury at 10.00 am on Thursday 13 March 2025.

            1.   Membership of the Panel
            """;

        var meeting = Assert.Single(ExtractorFactory.ExtractTextFile(front, "agenda.txt").Facts.Meetings);

        Assert.Equal("Council Chamber - Town Hall, Westbury", meeting.Place);
        Assert.Equal(new TimeOnly(10, 0), meeting.Start);
    }
}
