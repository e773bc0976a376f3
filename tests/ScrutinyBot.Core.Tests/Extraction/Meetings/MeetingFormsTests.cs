using ScrutinyBot.Core.Extraction;
namespace ScrutinyBot.Core.Tests.Extraction.Meetings;

/// <summary>
/// Meetings in the forms councils print them: ModernGov printed minutes of a county council ("MINUTES of a meeting
/// of the Cabinet held in … on Thursday, 9 January 2025"), a parish council's "Minutes of the Ordinary Meeting held
/// on …", a chair elected for the meeting, and front sheets whose date runs over several lines above a dispatch date.
/// </summary>
public sealed class MeetingFormsTests
{
    [Theory]
    [InlineData("NORTHSHIRE COUNTY COUNCIL", "CABINET", "MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions", "House, County Hall, Northtown on Thursday, 9 January 2025.", "Cabinet", "2025-01-09")]
    [InlineData("WESTBURY BOROUGH COUNCIL", "", "Minutes of a meeting of the Overview and Scrutiny Committee held at the Civic Centre", "on Tuesday 4 February 2025 at 7.00 pm", "Overview and Scrutiny Committee", "2025-02-04")]
    public void Extract_MinutesOfAMeetingOfXHeld_TakesTheCommitteeAndTheMeetingDate(string council, string body, string line1, string line2, string committee, string date)
    {
        var text = $"""
            {council}
            {body}
            {line1}
            {line2}
            PRESENT: Mr R W Gough (Chairman), Mr N Baker, Mrs C Bell
            76. Apologies
            No apologies were received.
            77. Minutes of the Meeting held on 28 November 2024
            RESOLVED that the minutes of the meeting on 28 November 2024 were a correct record.
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal(committee, meeting.Committee);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), meeting.Date);
        Assert.Equal("Mr R W Gough", meeting.Chair);
    }

    [Fact]
    public void Extract_ParishOrdinaryMeeting_CouncilIsTheBodyAndPlaceFollowsTheTime()
    {
        const string text = """
            LITTLE MARSTON PARISH COUNCIL
            Minutes of the Ordinary Meeting held on Wednesday 9 September 2020 at 7.00 pm in the Village Hall
            Present: Cllr J Ward (Chairman), Cllr P Moss, Cllr K Hart
            20/45 Minutes of the previous meeting held on 12 August 2020
            RESOLVED that the minutes be signed as a true record.
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal(("Little Marston Parish Council", new DateOnly(2020, 9, 9), new TimeOnly(19, 0)), (meeting.Committee, meeting.Date, meeting.Start));
        Assert.Equal("Village Hall", meeting.Place);
        Assert.Equal("Cllr J Ward", meeting.Chair);
    }

    [Theory]
    [InlineData("Tuesday, 4th March, 2025, at 10.00 am Ask for: Georgina Little", "Council Chamber, Sessions House, Telephone: Tel: 03000 414043", "County Hall, Northtown Email: democratic.services@northshire.gov.uk")]
    [InlineData("Tuesday, 4th March, 2025, at 10.00 am\tAsk for:\tGeorgina Little", "Council Chamber, Sessions House,\tTelephone:\tTel: 03000 414043", "County Hall, Northtown\tEmail:")]
    public void Extract_FrontSheetVenueBesideTheClerksContactDetails_TakesTheVenueAcrossItsLines(string dateLine, string venueLine, string townLine)
    {
        var text = $"AGENDA\nCABINET\n{dateLine}\n{venueLine}\n{townLine}\nUNRESTRICTED ITEMS\n1. Apologies\n2. Declarations of Interest\n3. Minutes of the Meeting held on 30 January 2025\n";

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal(("Cabinet", new DateOnly(2025, 3, 4), new TimeOnly(10, 0)), (meeting.Committee, meeting.Date, meeting.Start));
        Assert.Equal("Council Chamber, Sessions House, County Hall, Northtown", meeting.Place);
    }

    [Fact]
    public void Extract_SummonsSentence_GivesTheBodyThePlaceAndThePlannedFinish()
    {
        const string text = """
            Summons to and
            Agenda for a
            Meeting on
            Thursday, 13th March,
            2025
            at 10.00 am
            To: All Members of the County Council
            A meeting of the County Council will be held in the Council Chamber, County Hall,
            Northtown, NT1 1AA on Thursday, 13th March, 2025 at 10.00 am to deal with the
            following business. The meeting is scheduled to end by 4.30 pm.
            AGENDA
            1. Apologies for Absence
            2. Declarations of Interest
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal((new DateOnly(2025, 3, 13), new TimeOnly(10, 0), new TimeOnly(16, 30)), (meeting.Date, meeting.Start, meeting.End));
        Assert.Equal(("County Council", "Council Chamber, County Hall, Northtown, NT1 1AA"), (meeting.Committee, meeting.Place));
    }

    [Theory]
    [InlineData("A meeting of the Education, Children and Families Committee will be held in the Council Chambers, Civic Centre, Westtown on Thursday 6 March 2025 at 10.00 am.")]
    [InlineData("A meeting of the Education, Children and Families Committee, to be held in the Council Chambers, Civic Centre, Westtown on Thursday 6 March 2025 at 10.00 am.")]
    public void Extract_NoticeNamingACommitteeWithCommas_GivesThatCommitteeAndItsPlace(string notice)
    {
        var text = $"""
            Westshire Council

            Notice of Meeting

            {notice}

            Business

            1. Declarations of Interest
            2. Attainment Challenge Update
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal(("Westshire Council", "Education, Children and Families Committee"), (meeting.Council, meeting.Committee));
        Assert.Equal(("Council Chambers, Civic Centre, Westtown", new DateOnly(2025, 3, 6)), (meeting.Place, meeting.Date));
    }

    [Fact]
    public void Extract_ReportCoverWithAuthorsOverSeveralLines_NeverTakesAnAuthorOrTheGenericFullCouncilForTheBody()
    {
        const string text = """
            From:                Jo Smith, Armed Forces Champion
                                 Amanda Green, Chief Executive
            To:                  Full Council
            Date:                13 March 2025
            Subject:             Annual Report on the Armed Forces Covenant
            Classification:      Unrestricted
            Previous Pathway:    Health Overview and Scrutiny Committee (17 December 2024),
            Selection and Member Services Committee (27 February 2025)
            Summary: This report sets out the work done in the year.
            The covenant was re-signed at the Northshire Civilian-Military Partnership in June.
            """;

        var meetings = ExtractorFactory.Extract(text).Facts.Meetings;

        Assert.DoesNotContain(meetings, m => m.Committee is { } c && (c.Contains("Amanda", StringComparison.Ordinal) || c.Contains("re-signed", StringComparison.Ordinal) || c.Contains("Selection", StringComparison.Ordinal)));
        Assert.DoesNotContain(meetings, m => m.Committee == "Full Council");
    }

    [Theory]
    [InlineData("Cabinet, 30 January 2025", "Cabinet", "2025-01-30")]
    [InlineData("Cabinet – 4 March 2025", "Cabinet", "2025-03-04")]
    [InlineData("County Council 13th March 2025", "County Council", "2025-03-13")]
    public void Extract_ReportCoverNamingTheMeetingAndItsDateOnOneLine_IsThatMeeting(string to, string committee, string date)
    {
        var text = $"""
            From:                Jo Smith, Leader,
                                 Amanda Green, Director of Public Health
            To:                  {to}
            Decision Number:     24/00115
            Subject:             Integrated Care Strategy Delivery Plan
            Classification:      Unrestricted
            Past Pathway:        Health Reform and Public Health Cabinet Committee
            Summary: The health of the people of Northshire is not improving as we would wish.
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal((committee, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), (meeting.Committee, meeting.Date));
    }

    [Fact]
    public void Extract_FrontSheetWithANoteOnTheTimeBeforeTheVenue_TakesTheVenue()
    {
        const string text = """
                                           AGENDA
                                          CABINET
            Thursday, 13th March, 2025, at 3.00 pm Ask for:                Jo Smith
            (or on the rising of Full Council,
            whichever is the later)
            Council Chamber, Sessions House, Telephone:                    Tel: 01234 567890
            County Hall, Northtown                                         Email:
                                                                           jo.smith@northshire.gov.uk
                                      UNRESTRICTED ITEMS
            1.     Apologies
            2.     Declarations of Interest
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal(("Cabinet", new TimeOnly(15, 0)), (meeting.Committee, meeting.Start));
        Assert.Equal("Council Chamber, Sessions House, County Hall, Northtown", meeting.Place);
    }

    [Fact]
    public void Extract_ChairElectedForTheMeeting_IsTheChair()
    {
        const string text = """
            KENTSHIRE COUNTY COUNCIL
            COUNTY COUNCIL
            MINUTES of a meeting of the County Council held in the Council Chamber on Thursday, 9 January 2025.
            PRESENT: Mr N Baker, Mr M Baldock, Mr G Cooke, Mr R W Gough
            Election of Chair
            1. Mr Gough proposed, and Mr Brady seconded that Mr G Cooke be elected
            to Chair the meeting. No other nominations were received.
            Agreed unanimously.
            283. Apologies for Absence
            Apologies were received from Mr Sweetland.
            284. Declarations of Interest
            None.
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal(("County Council", "Mr G Cooke"), (meeting.Committee, meeting.Chair));
    }

    [Fact]
    public void Extract_FrontSheetDateOverSeveralLines_IsTheMeetingNotTheDispatchDate()
    {
        const string text = """
            Summons to and
            Agenda for the Budget
            County Council
            Meeting on
            Thursday, 13th
            February, 2025
            at 9.30 am
            1. Apologies for Absence
            2. Declarations of Interest
            3. Minutes of the meeting held on 19 December 2024
            Benjamin Watts
            General Counsel
            Wednesday, 5 February 2025
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal((new DateOnly(2025, 2, 13), new TimeOnly(9, 30)), (meeting.Date, meeting.Start));
    }

    [Theory]
    [InlineData("MINUTES OF THE CABINET MEETING HELD ON TUESDAY 14 JANUARY 2025 AT 6.00 PM", "Cabinet", "2025-01-14")]
    [InlineData("Minutes of the Overview and Scrutiny Management Board meeting held on 5 February 2025", "Overview and Scrutiny Management Board", "2025-02-05")]
    [InlineData("Minutes of the Extraordinary Meeting of Netherby Town Council held on Monday 3rd March 2025 at 7.30pm", "Netherby Town Council", "2025-03-03")]
    public void Extract_BodyNamedBeforeOrAfterMeeting_IsTheCommittee(string heading, string committee, string date)
    {
        var text = $"""
            {heading}
            Present: Councillor A Lee (Chair), Councillor B Shah
            1. Apologies
            None.
            2. Minutes
            RESOLVED that the minutes be approved.
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal((committee, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), (meeting.Committee, meeting.Date));
    }

    [Theory]
    [InlineData("""
        Issue - meetings
        Annual Scrutiny Report
        Meeting: 15/04/2010 - Cabinet (Item 390)
        390 Annual Scrutiny Report 2008/09
        Minutes:
        The Director presented the Annual Scrutiny Report.
        RESOLVED:
        That the Annual Scrutiny Report 2008/2009 be received.
        """, "2010-04-15", "That the Annual Scrutiny Report 2008/2009 be received.")]
    [InlineData("""
        Decision details
        Home to School Transport Policy
        Decision Maker: Cabinet
        Decision status: Implemented
        Decision:
        That the revised Home to School Transport Policy be approved for consultation.
        Decided at meeting: 14/01/2025 - Cabinet
        """, "2025-01-14", "That the revised Home to School Transport Policy be approved for consultation.")]
    public void Extract_DecisionPage_MeetingFromTheDecidingMeetingAndItsDecision(string page, string date, string decision)
    {
        var facts = ExtractorFactory.Extract(page).Facts;

        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(("Cabinet", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), (meeting.Committee, meeting.Date));
        Assert.Equal(decision, Assert.Single(facts.Resolutions).Text);
    }

    [Theory]
    [InlineData("Membership\nCouncillors: Jane Hanna (Chair), Ian Snowdon (Vice-Chair), Nick Leverton", "Councillor Jane Hanna")]
    [InlineData("Membership:\nCouncillors:\nSarah Pomfret (Chair)\nAdrian Rush (Vice-Chair)\nHelen Ellis", "Councillor Sarah Pomfret")]
    [InlineData("Membership: Cllr Gordon King (Chairman), Cllr Johnny Kidney (Vice-Chairman), Cllr Clare Cape", "Cllr Gordon King")]
    [InlineData("Members: Councillors Smith (Chair), Jones and Patel", "Councillor Smith")]
    [InlineData("Aelodau / Membership:\n\nCounty Councillor E Roderick (Chair)\nCounty Councillor B Ellis", "County Councillor E Roderick")] // a bilingual heading
    [InlineData("To:  Councillors R Mackintosh (Convener), E Ferguson (Vice Convener),\n     D Aitken and L Baird.", "Councillor R Mackintosh")] // the summons's addressees
    [InlineData("Distribution:\n\nCouncillors: Ellie Kinsella (Chair), Abdi Farah (Vice-Chair), Colm Byrne", "Councillor Ellie Kinsella")]
    public void Extract_FrontSheetMembershipList_NamesWhoIsToChair(string membership, string chair)
    {
        var text = $"Westbury Borough Council\nPeople Overview and Scrutiny Committee\nThursday, 12 March 2026 at 10.00 am\nCouncil Chamber, Civic Centre\n\n{membership}\n\nAGENDA\n1. Apologies for Absence\n2. Declarations of Interest\n3. Minutes\n";

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal(chair, meeting.Chair);
    }

    [Fact]
    public void Extract_FrontSheetNamingAChairOutsideAMembershipList_HasNoChair()
    {
        const string text = "Westbury Borough Council\nPeople Overview and Scrutiny Committee\nThursday, 12 March 2026 at 10.00 am\nCouncil Chamber, Civic Centre\n\nEnquiries to Jane Smith (Chair of the officers' group), Democratic Services\nCouncillor Amy Lee (Chair) will introduce item 5.\n\nAGENDA\n1. Apologies for Absence\n2. Declarations of Interest\n";

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Null(meeting.Chair);
    }

    [Fact]
    public void Extract_MinutesOnTheTwentyFourHourClockInCapitals_TakesTimesAndPlace()
    {
        const string text = """
            WESTBURY CITY COUNCIL
            MINUTES OF A MEETING OF THE EDUCATION OVERVIEW AND SCRUTINY COMMITTEE HELD ON WEDNESDAY 15 JANUARY 2025 AT 1000 HOURS IN COMMITTEE ROOM 3 & 4, THE COUNCIL HOUSE, WESTBURY
            PRESENT: -
            Councillor Kerry Jenkins in the Chair;
            Councillors Ray Goodwin and Alex Aitken.
            1. APOLOGIES
            Apologies were submitted on behalf of Councillor Jane Smith.
            2. WORK PROGRAMME
            RESOLVED:- That the work programme be agreed.
            The meeting ended at 1215 hours.
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal((new TimeOnly(10, 0), new TimeOnly(12, 15)), (meeting.Start, meeting.End));
        Assert.Equal("Committee Room 3 & 4, the Council House, Westbury", meeting.Place);
        Assert.Equal("Councillor Kerry Jenkins", meeting.Chair);
    }

    [Fact]
    public void Extract_ScottishMinute_ReadsTheListEndingInAFullStopThePresidingConvenerAndWhatTheCommitteeAgreed()
    {
        const string text = """
            WESTSHIRE COUNCIL
            Scrutiny and Performance Committee
            Minute of meeting of the Scrutiny and Performance Committee held in the Council Chamber, 2 High Street, Perth on Wednesday 5 February 2025 at 9.30am.
            Present: Councillors C Reid, D Illingworth, S McCole and R Watters.
            In Attendance: K Reid (Chief Executive); S Walker (Corporate Finance).
            Councillor C Reid, Convener, Presided.
            1. WELCOME AND APOLOGIES
            The Convener welcomed all those present.
            2. PERFORMANCE REPORT
            The Committee agreed:
            (i) to note the performance report; and
            (ii) to request a report on waiting times for adaptations by June 2025.
            """;

        var facts = ExtractorFactory.Extract(text).Facts;

        Assert.Equal("Councillor C Reid", Assert.Single(facts.Meetings).Chair);
        Assert.Equal(
            ["Councillor C Reid", "Councillor D Illingworth", "Councillor S McCole", "Councillor R Watters"],
            facts.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
        Assert.Equal(["K Reid", "S Walker"], facts.Attendance.Where(a => a.Status == AttendanceStatus.InAttendance).Select(a => a.Name));
        Assert.Equal(2, facts.Resolutions.Count);
        Assert.Contains(facts.Resolutions, r => r.Text.Contains("waiting times for adaptations", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_MinutesTitledWithTheirBodyOverADateLine_AreMinutesOfThatCommittee()
    {
        const string text = """
            London Borough of Westbury
            MINUTES OF THE CHILDREN, SCHOOLS AND FAMILIES SCRUTINY COMMITTEE
            Monday 3 March 2025 (7.00 pm - 9.45 pm)
            Venue: Crowndale Centre, 218 Eversholt Street
            Members Present:
            Councillor Marcus Boyland (Chair)
            Councillor Sylvia McNamara
            1. APOLOGIES
            None.
            2. SEND TRANSPORT REVIEW
            RESOLVED – (a) To note the report; (b) To recommend to Cabinet that a travel training pilot is funded.
            """;

        var facts = ExtractorFactory.Extract(text).Facts;

        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(("Children, Schools and Families Scrutiny Committee", new DateOnly(2025, 3, 3)), (meeting.Committee, meeting.Date));
        Assert.Equal((new TimeOnly(19, 0), new TimeOnly(21, 45)), (meeting.Start, meeting.End));
        Assert.Equal("Councillor Marcus Boyland", meeting.Chair);
        Assert.Equal(2, facts.Resolutions.Count);
    }

    [Fact]
    public void Extract_WebcastTimestampsAndApologiesNamedTwice_TitleWithoutTheTimeAndOnePersonOnce()
    {
        const string text = """
            WESTBURY DISTRICT COUNCIL
            MINUTES of a MEETING of the SCRUTINY COMMITTEE held on 20 January 2025 at 5.30 pm
            Present
            Councillors G Westcott (Chairman) and D Broom
            Apologies
            Councillors L Knight and R Roberts
            45 APOLOGIES AND SUBSTITUTE MEMBERS (00:03:12)
            Apologies were received from Cllrs L Knight and R Roberts.
            47 HOMELESSNESS STRATEGY (00:05:00)
            It was RESOLVED that the Cabinet be recommended to adopt the strategy.
            """;

        var facts = ExtractorFactory.Extract(text).Facts;

        Assert.Equal("Homelessness Strategy", Assert.Single(facts.Resolutions).Item);
        Assert.Equal(["Councillor L Knight", "Councillor R Roberts"], facts.Attendance.Where(a => a.Status == AttendanceStatus.Apologies).Select(a => a.Name));
    }

    [Fact]
    public void Extract_SummonsWithTheVenueOnTheLineAfterTheDate_PlaceWithoutItsPreposition()
    {
        const string text = "Summons to attend a meeting of the\nHEALTH AND ADULT SOCIAL CARE SCRUTINY PANEL\nto be held at 19:00 on Wednesday 22 January 2025\nin the Council Chamber, Town Hall, Westbury\n\nAGENDA\n1. Declarations of interest\n2. Minutes of the meeting held on 27 November 2024\n";

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal(("Health and Adult Social Care Scrutiny Panel", new TimeOnly(19, 0)), (meeting.Committee, meeting.Start));
        Assert.Equal("Council Chamber, Town Hall, Westbury", meeting.Place);
    }

    [Theory]
    [InlineData("OVERVIEW AND SCRUTINY COMMITTEE (REGENERATION AND SKILLS)\nMEETING HELD AT THE COMMITTEE ROOM, TOWN HALL, WESTBURY\nON TUESDAY 14TH JANUARY, 2025\n\nPRESENT: Councillor Brennan-Moss (in the Chair)\nCouncillors Atherton and Dowd-Kelly", "2025-01-14")]
    [InlineData("THE WESTSHIRE COUNCIL - PEOPLE AND COMMUNITIES SCRUTINY COMMITTEE - BLENDED MEETING\nCouncil Chamber, Westshire House, North Street\n29 October 2024\t10.00 a.m. - 12.35 p.m.\nPRESENT: Councillors Morven Strachan (Convener) and Ewan Balfour.", "2024-10-29")]
    public void Extract_PrintedMinutesThatNeverSayMinutes_AreMinutesOfTheMeetingAbovePresent(string header, string date)
    {
        var text = $"Public Document Pack\n{header}\n\n38. APOLOGIES FOR ABSENCE\nApologies were received from Councillor Porter-Quayle.\n39. MINUTES OF THE PREVIOUS MEETING\nRESOLVED: That the Minutes of the meeting held on 12 November 2024 be confirmed as a correct record.\n________________________            __________________\n";

        var facts = ExtractorFactory.Extract(text).Facts;

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(facts.Meetings).Date);
        Assert.Single(facts.Resolutions);
        Assert.Contains(facts.Attendance, a => a.Status == AttendanceStatus.Present);
    }

    [Theory]
    [InlineData("5 March 2025\n\nAudit Committee\n\nDear Member\n\nYou are requested to attend the meeting of the Audit Committee to be held in the Council\nChamber, Cloonavin and via video conference on Wednesday 12 March 2025 at 7:00pm.", "Audit Committee", "2025-03-12", 19, 0)]
    [InlineData("THURSDAY, 12 DECEMBER 2024\n\nI HEREBY SUMMON YOU TO ATTEND A MULTI-LOCATION MEETING OF THE COMMUNITIES, HOMES AND\nREGENERATION SCRUTINY COMMITTEE WHICH WILL BE HELD IN THE CHAMBER, COUNTY HALL,\nWESTBURY. SA31 1JP AND REMOTELY AT 10.00 AM ON THURSDAY, 19TH DECEMBER, 2024 FOR\nTHE TRANSACTION OF THE BUSINESS OUTLINED ON THE ATTACHED AGENDA", "Communities, Homes and Regeneration Scrutiny Committee", "2024-12-19", 10, 0)]
    [InlineData("AGENDA FOR THE POLICY AND PERFORMANCE SCRUTINY COMMITTEE\n\nMembers of Policy and Performance Scrutiny Committee are summoned to a meeting, which\nwill be held in Committee Room 4, Town Hall, Upper Street, N1 2UD on, 27 January 2025\nat 7.30 pm.\n\nDespatched : 17 January 2025", "Policy and Performance Scrutiny Committee", "2025-01-27", 19, 30)]
    public void Extract_SummonsLetterUnderItsOwnDate_TakesTheMeetingsDateAndTime(string summons, string committee, string date, int hour, int minute)
    {
        var text = $"Public Document Pack\n{summons}\n\nAGENDA\n1. Apologies for absence\n2. Declarations of interest\n3. Minutes of the previous meeting\n";

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal(committee, meeting.Committee, ignoreCase: true);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), meeting.Date);
        Assert.Equal(new TimeOnly(hour, minute), meeting.Start);
    }

    [Fact]
    public void Extract_MinutesOverSeveralStampedPages_KeepEveryNumberedItemInTheMinutes()
    {
        const string text = """
            Agenda Item 3
            OVERVIEW AND SCRUTINY COMMITTEE (REGENERATION AND SKILLS)
            MEETING HELD AT THE COMMITTEE ROOM, TOWN HALL, WESTBURY ON TUESDAY 14TH JANUARY, 2025
            PRESENT: Councillor Brennan-Moss (in the Chair)
            41. BOOTLE STRAND - REGENERATION PROGRAMME UPDATE
            RESOLVED: That the update be noted.
            Page 5
            Agenda Item 3
            OVERVIEW AND SCRUTINY COMMITTEE (REGENERATION AND SKILLS)- TUESDAY 14TH JANUARY, 2025

            42. CABINET MEMBER REPORT - JANUARY 2025
            RESOLVED: That the update report from the Cabinet Member be noted.
            43. WORK PROGRAMME 2024/25, SCRUTINY REVIEW TOPICS AND KEY DECISION
                FORWARD PLAN
            The Committee considered the report of the Chief Legal and Democratic
            Officer that sought views on the draft Work Programme for 2024/25;
            RESOLVED: That the Work Programme for 2024/25 be noted.
            """;

        var facts = ExtractorFactory.Extract(text).Facts;

        Assert.Equal(["41", "42", "43"], facts.Resolutions.Select(r => r.MinuteNumber));
    }

    [Fact]
    public void Extract_SeatsAndAttendingOfficers_NamesWithoutTheirSeatAndOfficersNotPresent()
    {
        const string text = """
            MINUTES OF THE PROCEEDINGS OF THE MEETING OF THE AUDIT COMMITTEE HELD IN THE COUNCIL CHAMBER ON WEDNESDAY 11 DECEMBER 2024 AT 7:00PM
            Chair:                         Councillor Hegarty-Boyle (C)
            Committee Members Present:     Councillors Devlin-McCloskey (C), Kyle (C) and McAleese (R)
            ATTENDING:                     Graeme Drysdale, Head of Housing Services
            1. APOLOGIES
            None.
            2. MINUTES OF MEETING HELD 11 SEPTEMBER 2024
            AGREED – that the minutes be confirmed as a correct record.
            """;

        var facts = ExtractorFactory.Extract(text).Facts;

        Assert.Equal("Councillor Hegarty-Boyle", Assert.Single(facts.Meetings).Chair);
        Assert.Equal(["Councillor Devlin-McCloskey", "Councillor Kyle", "Councillor McAleese"], facts.Attendance.Where(a => a.Status == AttendanceStatus.Present).Select(a => a.Name));
        Assert.Contains(facts.Attendance, a => a.Name == "Graeme Drysdale" && a.Status == AttendanceStatus.InAttendance);
    }

    [Theory]
    [InlineData("A meeting of the Overview and Scrutiny Committee (Regeneration and Skills) will be held\nin the Committee Room, Town Hall, Westbury on Tuesday 11 March 2025 at 6.30 pm when the\nfollowing business will be considered.", "Committee Room, Town Hall, Westbury")]
    [InlineData("Members of Policy and Performance Scrutiny Committee are summoned to a meeting, which\nwill be held in Committee Room 4, Town Hall, Upper Street, N1 2UD on, 27 January 2025\nat 7.30 pm.", "Committee Room 4, Town Hall, Upper Street, N1 2UD")]
    public void Extract_SummonsSayingWhereItWillBeHeld_TakesTheVenue(string summons, string place)
    {
        var text = $"Westbury Borough Council\nOverview and Scrutiny Committee\n\n{summons}\n\nAGENDA\n1. Apologies for absence\n2. Declarations of interest\n";

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal(place, meeting.Place);
    }

    [Fact]
    public void Extract_CommitteeDateAndTimesOverAttendees_IsMinutes()
    {
        const string text = """
                                   Overview and Scrutiny Committee

                                    Monday, 24th November, 2025
                                          6.00  - 8.20 pm
                               Council Chamber - Municipal Offices

             Attendees

             Councillors:           Rowena Hale (Chair), Graham Pinnock (Vice-Chair)

                                                   Minutes

             3.    MINUTES OF THE LAST MEETING
                   The minutes of the meeting held on 29th September 2025 were approved.
             """;

        var facts = ExtractorFactory.Extract(text).Facts;

        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal((new DateOnly(2025, 11, 24), new TimeOnly(18, 0), new TimeOnly(20, 20)), (meeting.Date, meeting.Start, meeting.End));
        Assert.Equal("Overview and Scrutiny Committee", meeting.Committee);
        Assert.Equal("Council Chamber - Municipal Offices", meeting.Place); // on its own line under the times
        Assert.Single(facts.Resolutions);
    }

    [Fact]
    public void Extract_SummonsTitleOverTheLettersDate_TakesTheDayTheCommitteeWillMeet()
    {
        const string text = """
            EXAMPLE CITY COUNCIL

            SUMMONS TO ATTEND THE MONTHLY MEETING OF THE PEOPLE AND COMMUNITIES
            COMMITTEE

                                                         6th January, 2026

            MEETING OF THE PEOPLE AND COMMUNITIES COMMITTEE

            Dear Alderman/Councillor,

            The above-named Committee will meet in the Lavery Room, City Hall on Tuesday,
            13th January, 2026 at 5.15 pm, for the transaction of the business noted below.

            AGENDA:

            1.    Routine Matters
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal((new DateOnly(2026, 1, 13), new TimeOnly(17, 15)), (meeting.Date, meeting.Start));
        Assert.Equal("Lavery Room, City Hall", meeting.Place);
    }

    [Fact]
    public void Extract_LetterheadDateOverARequestToJoin_TakesTheMeetingsDay()
    {
        const string text = """
                                         Example Council
                                         Business Services
                                         Date: 19 November 2025

            Dear Sir/Madam,

            You are requested to join the SCRUTINY AND AUDIT COMMITTEE hybrid
            meeting in the Council Chamber, Woodhill House, and remotely, on

                            THURSDAY, 27 NOVEMBER 2025 at 10.00 am.

                                B U S I N E S S

            1.    Sederunt and Declaration of Members' Interests
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal((new DateOnly(2025, 11, 27), new TimeOnly(10, 0)), (meeting.Date, meeting.Start));
        Assert.Equal("Council Chamber, Woodhill House, and remotely", meeting.Place);
    }

    [Fact]
    public void Extract_AgendaForAMeetingInAVenue_ReadsTheVenue()
    {
        const string text = """
            WESTSHIRE COUNTY COUNCIL                                          Agenda

            RESOURCES SCRUTINY COMMITTEE
            THURSDAY 6 MARCH 2025 AT 10:00AM


            AGENDA for a meeting of the RESOURCES SCRUTINY COMMITTEE in the
            COUNCIL CHAMBER, COUNTY HALL, WESTBURY on THURSDAY 6 MARCH 2025 AT 10:00AM

            1.    Apologies for absence
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal((new DateOnly(2025, 3, 6), new TimeOnly(10, 0)), (meeting.Date, meeting.Start));
        Assert.Equal("COUNCIL CHAMBER, COUNTY HALL, WESTBURY", meeting.Place);
    }

    [Fact]
    public void Extract_DatelineOverARequestToMeet_TakesTheMeetingsDayAndRoom()
    {
        const string text = """
                                                                Town House,
                                                                EXAMPLETON 3 March 2025


                  EDUCATION AND CHILDREN'S SERVICES COMMITTEE


            The Members of the EDUCATION AND CHILDREN'S SERVICES COMMITTEE are requested to
            meet in Committee Room 2 - Town House on TUESDAY, 11 MARCH 2025 at 10.00 am. This
            is a hybrid meeting and Members may also attend remotely.

            1.    Declarations of Interest
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.Equal((new DateOnly(2025, 3, 11), new TimeOnly(10, 0)), (meeting.Date, meeting.Start));
        Assert.Equal("Committee Room 2 - Town House", meeting.Place);
    }

    [Fact]
    public void Extract_MeetingVenueLabel_IsThePlace()
    {
        const string text = """
            Example Borough Council

            Overview and Scrutiny Committee
            Meeting date:       Monday, 26th January, 2026
            Meeting time:       6.00 pm
            Meeting venue:      Council Chamber - Municipal Offices,
                                Promenade

            Agenda

             1.    APOLOGIES
            """;

        var meeting = Assert.Single(ExtractorFactory.Extract(text).Facts.Meetings);

        Assert.StartsWith("Council Chamber - Municipal Offices", meeting.Place, StringComparison.Ordinal);
        Assert.Equal((new DateOnly(2026, 1, 26), new TimeOnly(18, 0)), (meeting.Date, meeting.Start));
    }

    [Fact]
    public void Extract_FrontSheetLabelsInCellsOfTheirOwn_TakesTheStartAndTheVenue()
    {
        const string pack = "DURHAM COUNTY COUNCIL\n\nMeeting\tChildren and Young People's Overview and Scrutiny Committee\n\nDate\tMonday 27 January 2025\n\nTime\t9.30 am\n\nVenue\tCommittee Room 2, County Hall, Durham\n\nBusiness\n\n1.    Apologies for Absence\n";

        var meeting = ExtractorFactory.Extract(pack).Facts.Meetings.First();

        Assert.Equal(new DateOnly(2025, 1, 27), meeting.Date);
        Assert.Equal(new TimeOnly(9, 30), meeting.Start);
        Assert.Equal("Committee Room 2, County Hall, Durham", meeting.Place);
    }

    [Fact]
    public void Extract_CommitteeNamedPlace_IsACommitteeNotAVenueLabel()
    {
        const string pack = "To: Members of the Place Overview & Scrutiny Committee\n\nNotice of a Meeting of the\nPlace Overview & Scrutiny Committee\n\nThursday, 6 March 2025 at 10.00 am\n\nRoom 2&3 - County Hall, New Road, Oxford OX1 1ND\n\nAGENDA\n\n1. Apologies for Absence\n";

        var meeting = Assert.Single(ExtractorFactory.Extract(pack).Facts.Meetings);

        Assert.Equal("Place Overview & Scrutiny Committee", meeting.Committee);
        Assert.Equal(new DateOnly(2025, 3, 6), meeting.Date);
    }

    [Theory]
    [InlineData("Councillor Imogen Pettifer – in the Chair", "Councillor Imogen Pettifer")]
    [InlineData("Councillor Morven KINNEAR, Convener, in the Chair.", "Councillor Morven KINNEAR")]
    [InlineData("County Councillor Keith Ormerod (Vice-Chair, in the Chair)", "County Councillor Keith Ormerod")]
    public void Extract_WhoWasInTheChair_NamedBelowTheAttendanceList(string chairLine, string chair)
    {
        var minutes = $"""
            WESTSHIRE COUNCIL
            MINUTES of the meeting of the Place Overview & Scrutiny Committee held on Thursday, 6 March 2025 at 10.00 am

            Present:

            Councillor Tom Ashdown
            Councillor Gareth Beddoes
            Councillor Rosemary Kirkby
            Councillor Dan Levitt
            Councillor Nathan Okoro
            Councillor Helen Treloar

            {chairLine}

            1. Apologies for Absence
            There were no apologies.
            """;

        Assert.Equal(chair, Assert.Single(ExtractorFactory.Extract(minutes).Facts.Meetings).Chair);
    }
}
