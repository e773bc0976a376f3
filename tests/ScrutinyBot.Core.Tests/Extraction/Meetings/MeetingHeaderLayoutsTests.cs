namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// Where councils print a meeting's time, venue and chair when not in labelled fields: minutes that say "The meeting
/// commenced at …", a time before the date, a venue after the date; front sheets with the time on its own line, the
/// venue above the date, a summons giving the venue after the date, and a membership list set off by a dash.
/// </summary>
public sealed class MeetingHeaderLayoutsTests
{
    private const string MinuteItems = """
        1. Apologies for Absence
        There were no apologies.
        2. Minutes
        RESOLVED – That the minutes of the meeting held on 14 January 2025 be approved as a correct record.
        """;

    [Fact]
    public void Extract_MinutesSayingWhenTheMeetingCommenced_TakeThatAsTheStart()
    {
        var text = "Westshire City Council\nEconomy Scrutiny Committee\nMinutes of the meeting held on Tuesday, 11 February 2025\n"
            + "Present: Councillor Ravenscroft (Chair), Councillors Abbasi and Khan\nThe meeting commenced at 10.00 am.\n" + MinuteItems + "\nThe meeting closed at 12.18 pm.\n";

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal((new TimeOnly(10, 0), new TimeOnly(12, 18)), (meeting.Start, meeting.End));
    }

    [Fact]
    public void Extract_MinutesWithTheTimeBeforeTheDate_TakeItAsTheStart()
    {
        var text = "Minutes\n\nGovernance, Risk and Best Value Committee\n\n10.00am, Tuesday 11 February 2025\n\nDean of Guild Court Room - City Chambers, High Street, Westburgh\n\nPresent\nCouncillors Drummond (Convener), Begg and Young.\n" + MinuteItems;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal(new TimeOnly(10, 0), meeting.Start);
    }

    [Theory]
    [InlineData("MINUTES of the meeting of the COMMUNITIES SELECT COMMITTEE held at 10.00 am on 5 December 2024 at Council Chamber, Woodhatch Place,\n11 Cockshot Hill, Reigate, RH2 8EF.\n", "10:00", "Council Chamber, Woodhatch Place, 11 Cockshot Hill, Reigate, RH2 8EF")]
    [InlineData("Communities Scrutiny Committee\n\nMinutes of the meeting held on Tuesday, 11 February 2025 in the Council Antechamber,\nLevel 2, Town Hall Extension\n\nPresent:\nCouncillor Ravenscroft (Chair)\n", null, "Council Antechamber, Level 2, Town Hall Extension")]
    public void Extract_MinutesWithTheVenueAfterTheDate_TakeTheVenueWhole(string header, string? start, string place)
    {
        var meeting = Assert.Single(ExtractorFactory.Extract(header + MinuteItems).Facts.Meetings);

        Assert.Equal(start, meeting.Start?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(place, meeting.Place);
    }

    [Fact]
    public void Extract_MinutesDatedAtThePlaceOverTheCommitteeAndTheVenueWithItsTime_ReadEach()
    {
        var text = "Glasgow, 26th February 2025.\n\nOperational Delivery Scrutiny Committee.\n\nCommittee Room 2, City Chambers, George Square, Glasgow G2 1DU (hybrid), 14:00.\n\n"
            + "Present: Councillors Alasdair Munro (Chair), Ruth Anderson and Gordon Reid.\n\n" + MinuteItems;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal("Operational Delivery Scrutiny Committee", meeting.Committee);
        Assert.Equal(new TimeOnly(14, 0), meeting.Start);
        Assert.Equal("Committee Room 2, City Chambers, George Square, Glasgow G2 1DU (hybrid)", meeting.Place);
    }

    [Fact]
    public void Extract_ReportWhoseParagraphEndsOnATitleCasedLine_KeepsTheBodyItGoesTo()
    {
        const string text = """
            From:                Roger Gough, Leader of the Council

            To:                  County Council, 13 March 2025

            Subject:             Governance Update

            1.    Introduction

            a) The Working Party was established to consider how the Council might operate and to
               respond to questions posed by the external auditor about the role of Cabinet
               Committees and the Chairmanship of the Scrutiny Committee.

            b) The outputs of this Working Party have been considered.
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal("County Council", meeting.Committee);
    }

    [Fact]
    public void Extract_FrontSheetWithTheTimeUnderTheDate_TakesThatTime()
    {
        const string text = "Westham\n                OVERVIEW AND SCRUTINY COMMITTEE\n\n                Tuesday 25 March 2025\n                7.00 pm\n                Room 8, Westham Town Hall, Brixton Hill, London, SW2 1RW\n\n"
            + "AGENDA\n1. Apologies for Absence\n2. Declarations of Interest\n3. Minutes of the meeting held on 4 February 2025\n";

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal(new TimeOnly(19, 0), meeting.Start);
        Assert.Equal("Room 8, Westham Town Hall, Brixton Hill, London, SW2 1RW", meeting.Place);
    }

    [Fact]
    public void Extract_FrontSheetWithTheVenueAboveTheDate_TakesThatVenue()
    {
        const string text = "ENVIRONMENTAL SCRUTINY COMMITTEE\n\nCommittee Room 4 - County Hall, Westcastle, CF10 4UW (Multi-Location Meeting)\n\nTuesday, 18 March 2025 at 4.30 pm\n\n"
            + "AGENDA\n\nMembership:       Councillor Ceri Llewellyn (Chair)\n\n1. Apologies for Absence\n2. Declarations of Interest\n3. Minutes of the meeting held on 4 February 2025\n";

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal("Committee Room 4 - County Hall, Westcastle, CF10 4UW", meeting.Place);
        Assert.Equal(new TimeOnly(16, 30), meeting.Start);
    }

    [Fact]
    public void Extract_SummonsGivingTheVenueAfterTheDate_TakesTheVenueUpToTheSentenceGoingOn()
    {
        const string text = "Westshire County Council\n\nDear Councillor,\n\nPlease attend a meeting of the Improvement and Scrutiny Committee - Places to be held\n"
            + "at 10.00 am on Monday, 17 March 2025 in Committee Room 1, County Hall, Matlock,\nDE4 3AG, the agenda for which is set out below.\n\nYours faithfully,\n\n"
            + "AGENDA\n1. Apologies for Absence\n2. Declarations of Interest\n3. Minutes of the meeting held on 4 February 2025\n";

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal("Committee Room 1, County Hall, Matlock, DE4 3AG", meeting.Place);
    }

    [Fact]
    public void Extract_MembershipWithTheTitleSetOffByADash_TakesTheChairMarked()
    {
        const string text = "Westshire City Council\nCommunities and Equalities Scrutiny Committee\n\nDate: Wednesday, 12 March 2025\nTime: 10.00 am\nVenue: Council Antechamber, Town Hall Extension\n\n"
            + "Membership of the Communities and Equalities Scrutiny Committee\n\nCouncillors - Ravenscroft (Chair), Abbasi, Bayunus, Cunliffe\n\n"
            + "AGENDA\n1. Apologies for Absence\n2. Declarations of Interest\n3. Minutes of the meeting held on 4 February 2025\n";

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal("Councillor Ravenscroft", meeting.Chair);
    }

    [Fact]
    public void Extract_FrontSheetFieldsInColumns_TakesTheDateTimeAndPlaceFromTheirColumns()
    {
        const string text = "SURREY\nCOUNTY COUNCIL\n\nCOMMUNITIES SELECT COMMITTEE\n\n"
            + "Date & time\tPlace\tContact\tChief Executive\n"
            + "Thursday, 13 March\tCouncil Chamber,\tEllie Brookfield, Scrutiny\tDaniel Ashworth\n"
            + "2025 at 10.00 am\tWoodhatch Place, 11\tOfficer\n"
            + "\tCockshot Hill, Reigate,\tellie.brookfield@westshire.gov.uk\n"
            + "\tSurrey, RH2 8EF\n\n"
            + "Elected Members\n\nJonathan Hartley (Chairman)        Godalming North\nPriscilla Wren (Vice-Chairman)     Dorking Hills\n\n"
            + "AGENDA\n1. Apologies for Absence\n2. Declarations of Interest\n3. Minutes of the meeting held on 4 February 2025\n";

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal((new DateOnly(2025, 3, 13), new TimeOnly(10, 0)), (meeting.Date, meeting.Start));
        Assert.Equal("Council Chamber, Woodhatch Place, 11 Cockshot Hill, Reigate, Surrey, RH2 8EF", meeting.Place);
        Assert.Equal("Jonathan Hartley", meeting.Chair);
    }

    [Fact]
    public void Extract_FrontSheetWithTheBodysNameWrappedInsideItsBrackets_ReadsTheMeeting()
    {
        const string text = "          Scrutiny Board (Environment, Housing and\n                    Communities)\n\n"
            + "          Date: Wednesday, 19th March, 2025 at 10.30 am\n\n          Place: Civic Hall, Westfield, LS1 1UR\n\n"
            + "AGENDA\n1. Apologies for Absence\n2. Declarations of Interest\n3. Minutes of the meeting held on 4 February 2025\n";

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal("Scrutiny Board (Environment, Housing and Communities)", meeting.Committee);
        Assert.Equal((new DateOnly(2025, 3, 19), new TimeOnly(10, 30)), (meeting.Date, meeting.Start));
        Assert.Equal("Civic Hall, Westfield, LS1 1UR", meeting.Place);
    }
}
