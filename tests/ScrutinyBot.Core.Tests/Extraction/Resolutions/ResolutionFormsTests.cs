namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>
/// Decisions in the forms councils write them, each rule with wording from at least two councils' layouts:
/// ModernGov printed minutes of a county council (numbered paragraphs, "RESOLVED that Cabinet:" and lists),
/// a city council's scrutiny minutes ("Resolved:" lists), a London borough's "RESOLVED – (a) … (b)", a district's
/// "DECIDED", and parish councils' "Prop. … 2nd … all agreed".
/// </summary>
public sealed class ResolutionFormsTests
{
    private const string CountyHeader = """
        NORTHSHIRE COUNTY COUNCIL
        CABINET
        MINUTES of a meeting of the Cabinet held in the Council Chamber, County Hall, Northtown on Thursday, 6 March 2025.
        PRESENT: Mr A B Smith (Chairman), Mrs C Jones, Mr D Patel

        """;

    /// <param name="apart">What stands between a paragraph's number and its text: a space, or a tab where a PDF's
    /// wide gap set the number apart as a cell of its own.</param>
    [Theory]
    [InlineData(" ")]
    [InlineData("\t")]
    public void Extract_SentenceEndingInAStemOverAList_IsOneDecisionPerItem(string apart)
    {
        var body = $"""
            8. Budget Proposals 2025-26
            8.1{apart}Members asked about the assistance scheme.
            8.4{apart}The Committee RESOLVED to:
            1. Note the draft budget and comment on the proposals.
            2. Recommend that Cabinet protect the assistance scheme budget.
            9. Winter Service Plan
            9.3{apart}The Committee RESOLVED to note the plan.
            """;

        var resolutions = ExtractorFactory.Extract(CountyHeader + body).Facts.Resolutions;

        Assert.Equal(3, resolutions.Count);
        Assert.Contains("Recommend that Cabinet protect the assistance scheme budget.", resolutions.Select(r => r.Text));
        Assert.DoesNotContain(resolutions, r => r.Text.TrimEnd(':').Length < 4);
    }

    [Fact]
    public void Extract_ResolvedInsideNumberedParagraph_IsRead()
    {
        const string body = """
            12. Quarterly Performance Report
            (Item 5)
            1. Mr Wagner outlined the report for Quarter 3 which set out the performance data.
            2. Further to comments and questions from Members it was noted:
            • That the move from Red to Amber was welcomed.
            3. RESOLVED that Cabinet note the Quarter 3 Performance Report and the
            actions being taken to address areas where performance is not as targeted.
            13. Corporate Risk Register
            (Item 6)
            4. RESOLVED that Cabinet note the report.
            """;

        var resolutions = ExtractorFactory.Extract(CountyHeader + body).Facts.Resolutions;

        Assert.Equal(2, resolutions.Count);
        Assert.Equal("Cabinet note the Quarter 3 Performance Report and the actions being taken to address areas where performance is not as targeted.", resolutions[0].Text);
        Assert.Equal(("12", "13"), (resolutions[0].MinuteNumber, resolutions[1].MinuteNumber));
    }

    [Fact]
    public void Extract_StemThenNumberedList_OneResolutionPerItemAndTheOuterParagraphsAreNot()
    {
        const string body = """
            14. Devolution
            (Item 8)
            6. Following the debate, the Leader proposed and Mr Oakes seconded the above motion.
            7. RESOLVED that Cabinet:
            1. Agree to submit a request to Government for the county to be included in the programme;
            2. Note that acceptance onto the programme will commit the county to elections in May 2026; and
            3. Agree to request that the Minister consider postponing elections scheduled for May 2025
            8. The Leader thanked Members.
            """;

        var resolutions = ExtractorFactory.Extract(CountyHeader + body).Facts.Resolutions;

        Assert.Equal(
            ["Agree to submit a request to Government for the county to be included in the programme",
             "Note that acceptance onto the programme will commit the county to elections in May 2026",
             "Agree to request that the Minister consider postponing elections scheduled for May 2025"],
            resolutions.Select(r => r.Text));
    }

    [Fact]
    public void Extract_LetteredListUnderSubHeadingsAfterAColonParagraph_ReadsEveryItemAcrossPages()
    {
        const string body = """
            291. Revenue Budget 2025-26
            (Item 6)
            (26) Mr Gough summarised the debate.
            Substantive Motion Carried.
            (27) RESOLVED that:
            County Council, having given due regard to the s25 Report, is asked to agree the
            following:
            2025-35 Capital Programme
            (a) The 10-year Capital programme and investment proposals of £1,419m
            over the years from 2025-26 to 2034-35.
            2025-26 Council Tax
            (b) To increase Council Tax band rates up to the maximum permitted
            12
            """ + "\f" + """
            without a referendum.
            (c) The net revenue budget requirement of £1,530.9m for 2025-26.
            (d) Note the transition of staff to the new pay structure
            agreed by County Council in May 2024
            (e) Agree to the uplift to the Pay Scheme
            (f) The Capital Strategy as set out in appendix O.
            (g) The Treasury Management Strategy as set out in appendix M.
            (h) The Reserves Policy as set out in appendix H.
            In addition:
            (i) To delegate authority to the Chief Executive to agree any other changes.
            (j) To note the ongoing cost pressures.
            """;

        var resolutions = ExtractorFactory.Extract(CountyHeader + body).Facts.Resolutions;

        Assert.Equal(10, resolutions.Count);
        Assert.Equal("To increase Council Tax band rates up to the maximum permitted without a referendum.", resolutions[1].Text);
        Assert.Equal("To delegate authority to the Chief Executive to agree any other changes.", resolutions[8].Text);
    }

    [Fact]
    public void Extract_ProposalAgreedUnanimously_IsAResolutionButARestatedOrLostMotionIsNot()
    {
        const string body = """
            274. Chairman's Announcements
            (Item 5)
            3) Mr Sweetland proposed, and Mr Ridgers seconded, that the Council
            formally record the sense of loss it feels on the sad passing of Mr Parry.
            Agreed unanimously.
            275. Motions for Time Limited Debate
            (Item 12)
            1) Mr Brady proposed, and Ms Meade seconded the motion that
            "Council agrees that all decisions must align with the Integrated Care Strategy."
            For (15)
            Mr Brady, Ms Meade
            Against (35)
            Motion lost.
            2) Mrs Hill proposed, and Mr Cole seconded the motion that "Council supports local farmers."
            Motion carried.
            3) RESOLVED that the County Council supports local farmers.
            4) The Chairman proposed that Council resolve to extend the meeting beyond
            4.30pm and it was agreed unanimously.
            """;

        var texts = ExtractorFactory.Extract(CountyHeader + body).Facts.Resolutions.Select(r => r.Text).ToList();

        Assert.Equal(
            ["The Council formally record the sense of loss it feels on the sad passing of Mr Parry.",
             "The County Council supports local farmers.",
             "Council resolve to extend the meeting beyond 4.30pm"],
            texts);
    }

    [Fact]
    public void Extract_ElectionOfChairBeforeTheFirstItem_IsAResolution()
    {
        const string body = """
            1. Election of Chair for the meeting
            Mr Gough proposed, and Mr Brady seconded that Mr G Cooke be elected to Chair the meeting.
            Agreed unanimously.
            2. RESOLVED that Mr Cooke be elected to Chair the meeting.
            283. Apologies for Absence
            (Item 1)
            Apologies were received from Mr Beaney.
            284. Declarations of Interest
            (Item 2)
            None.
            285. Devolution White Paper
            (Item 3)
            The Leader introduced the report.
            """;

        var resolutions = ExtractorFactory.Extract(CountyHeader + body).Facts.Resolutions;

        Assert.Equal("Mr Cooke be elected to Chair the meeting.", Assert.Single(resolutions).Text);
    }

    [Fact]
    public void Extract_LondonBoroughLetteredDecisionsInOneParagraph_OneEach()
    {
        const string minutes = """
            LONDON BOROUGH OF EASTHAM
            OVERVIEW AND SCRUTINY COMMITTEE
            Minutes of the meeting held on Tuesday 14 January 2025 at 7.00 pm in Committee Room 1, Town Hall
            Present: Councillor Amara Okafor (Chair), Councillor Ben Price

            34. CALL-IN: LIBRARY OPENING HOURS
            The Committee considered the call-in of the Cabinet decision of 3 December 2024.
            RESOLVED – (a) that the decision be referred back to Cabinet for reconsideration; (b) that the Cabinet Member be asked to consult library users before any change to opening hours.
            35. WORK PROGRAMME
            RESOLVED: That the work programme be noted. (Proposed Cllr Price, seconded Cllr Okafor)
            """;

        var texts = ExtractorFactory.Extract(minutes).Facts.Resolutions.Select(r => r.Text).ToList();

        Assert.Equal(
            ["That the decision be referred back to Cabinet for reconsideration",
             "That the Cabinet Member be asked to consult library users before any change to opening hours.",
             "The work programme be noted."],
            texts);
    }

    [Fact]
    public void Extract_ParishCouncilDecisionsWithVoteRecords_KeepTheDecisionOnly()
    {
        const string minutes = """
            LITTLE MARSTON PARISH COUNCIL
            Minutes of the Ordinary Meeting held on Wednesday 9 September 2020 at 7.00 pm in the Village Hall
            Present: Cllr J Ward (Chairman), Cllr P Moss, Cllr K Hart

            20/45 Minutes of the previous meeting
            RESOLVED that the minutes of the meeting held on 12 August 2020 be signed as a true record. Prop. Cllr Moss, 2nd Cllr Hart, all agreed.
            20/46 Village Hall roof
            Three quotes had been received. Proposed by Cllr Hart, seconded by Cllr Ward, that the quote from Marston Roofing of £4,200 be accepted. All in favour.
            20/47 Footpaths
            Cllr Moss reported a fallen tree on footpath 7. Clerk to report it to the County Council.
            20/48 Planning
            It was RESOLVED to make no comment on application 20/01234/FUL.
            """;

        var texts = ExtractorFactory.Extract(minutes).Facts.Resolutions.Select(r => r.Text).ToList();

        Assert.Equal(
            ["The minutes of the meeting held on 12 August 2020 be signed as a true record.",
             "The quote from Marston Roofing of £4,200 be accepted.",
             "To make no comment on application 20/01234/FUL."],
            texts);
    }

    [Fact]
    public void Extract_DistrictDecidedAndAgreedHeadings_ReadTheFollowingParagraphOrList()
    {
        const string minutes = """
            SOUTHVALE DISTRICT COUNCIL
            Minutes of a meeting of the Scrutiny Panel held on Monday 3 February 2025 at 6.30 pm at the Council Offices, Southvale
            Present: Councillor R Green (Chair), Councillor S Black

            41 Leisure Centre Contract
            The Panel discussed the contract with the Head of Leisure.
            DECIDED
            That the Executive be recommended to extend the contract by two years.
            42 Housing Allocations Policy
            AGREED:
            a) to note the report;
            b) to ask officers to report back in June on waiting times.
            """;

        var texts = ExtractorFactory.Extract(minutes).Facts.Resolutions.Select(r => r.Text).ToList();

        Assert.Equal(
            ["That the Executive be recommended to extend the contract by two years.",
             "To note the report",
             "To ask officers to report back in June on waiting times."],
            texts);
    }

    [Fact]
    public void Extract_PrefixedYearNumberedItemsAndRomanDecisions_OneEachUnderTheirItem()
    {
        const string minutes = """
            EASTVALE COUNCIL
            Cabinet
            Minutes of the meeting held on Tuesday, 14 January 2025 at 6.00 pm in the Council Chamber
            Present: Councillor Priya Shah (Chair), Councillor Tom Reed

            CAB 45/24 Budget Consultation
            The Leader presented the results of the consultation.
            Resolved (i) that the consultation responses be noted; (ii) that the draft budget be recommended to Council.
            CAB 46/24 Fees and Charges
            RESOLVED that the fees and charges for 2025/26 be approved.
            """;

        var resolutions = ExtractorFactory.Extract(minutes).Facts.Resolutions;

        Assert.Equal(
            [("CAB 45/24", "That the consultation responses be noted"),
             ("CAB 45/24", "That the draft budget be recommended to Council."),
             ("CAB 46/24", "The fees and charges for 2025/26 be approved.")],
            resolutions.Select(r => (r.MinuteNumber, r.Text)));
    }

    [Fact]
    public void Extract_ItemHeadingsAndDecisionsInProseOrAfterTheSeconder_AreRead()
    {
        const string minutes = """
            NETHERBY TOWN COUNCIL
            Minutes of the Full Council Meeting held on Monday 3rd March 2025 at 7.30pm at the Town Hall
            Present: Cllr A Lee (Mayor), Cllr B Shah, Cllr C Jones

            Item 1: Apologies
            Cllr Patel sent apologies.
            Item 2: Grants
            Proposed Cllr Shah, seconded Cllr Jones and RESOLVED to award £500 to the Netherby Food Bank.
            Item 3: Christmas lights
            Council agreed to renew the lights contract for three years.
            """;

        var resolutions = ExtractorFactory.Extract(minutes).Facts.Resolutions;

        Assert.Equal(
            [("2", "To award £500 to the Netherby Food Bank."), ("3", "Council agreed to renew the lights contract for three years.")],
            resolutions.Select(r => (r.MinuteNumber, r.Text)));
    }

    [Fact]
    public void Extract_WebPageMinutesWithColonDashStemsAndBlankLinesInsideSentences_ReadEachDecisionWhole()
    {
        const string minutes = """
            Overview and Scrutiny Management Committee
            Minutes of the meeting held on Wednesday 22nd October 2014 at 2.00 pm
            Present: Councillor Ann Reid (Chair), Councillor Joe Khan

            8. Performance Management Quarter 1

            The Committee considered the quarterly performance report.

            RESOLVED: That the Committee:-

            (a) notes the contents of the report now submitted; and

            (b) requests that external contractors be included

            in the Committee's Work Programme 2014/15.

            9. Scrutiny Letters

            RESOLVED that:

            1)  the Scrutiny Letters Log be NOTED; and

            2)  the convener of the working group be authorised to convene

                 a further meeting as necessary.
            """;

        var texts = ExtractorFactory.Extract(minutes).Facts.Resolutions.Select(r => r.Text).ToList();

        Assert.Equal(
            ["Notes the contents of the report now submitted",
             "Requests that external contractors be included in the Committee's Work Programme 2014/15.",
             "The Scrutiny Letters Log be NOTED",
             "The convener of the working group be authorised to convene a further meeting as necessary."],
            texts);
    }

    [Fact]
    public void Extract_DecisionsInThePresentTense_AreReadWhereNoResolvedIsWritten()
    {
        const string minutes = """
            Resources and Governance Scrutiny Committee
            Minutes of the meeting held on Tuesday, 24th May, 2022 at 2.00 pm
            Present: Councillor Russell (Chair), Councillor Wheeler

            1. Minutes
            The Committee approve the minutes of the meeting held on 8 March 2022 as a correct record.
            2. Overview Report
            The Committee considered the report of the Scrutiny Support Unit. The Committee noted that a work programming session would follow the meeting.
            The Committee notes the report and agrees the work programme.
            """;

        var texts = ExtractorFactory.Extract(minutes).Facts.Resolutions.Select(r => r.Text).ToList();

        Assert.Equal(
            ["The Committee approve the minutes of the meeting held on 8 March 2022 as a correct record.",
             "The Committee notes the report and agrees the work programme."],
            texts);
    }

    [Fact]
    public void Extract_ParishMinutesWithSlashedItemNumbersAndAbbreviatedNames_ReadElectionsAndCarriedProposals()
    {
        const string minutes = """
            MINUTES OF THE ORDINARY MEETING OF GREYBRIDGE PARISH COUNCIL HELD IN THE VILLAGE HALL AT 7.30 P.M.ON MONDAY 12TH MARCH 2018
            Present: Cllr. A Stone (Chairman), Cllr. B Hill, Cllr. C Reed
            Pc/101/17-18 Apologies
            Apologies were received from Cllr. Grey.
            Pc/102/17-18 Election of Vice Chair
            Cllr. Hill proposed, seconded by Cllr. Stone, that Cllr. Reed be elected Vice Chairman for the ensuing year. Cllr. Reed was duly elected unanimously.
            Pc/103/17-18 Bus shelter
            It was proposed by Cllr. Stone and seconded by Cllr. Hill that the bus shelter be repainted. All in favour.
            """;

        var facts = ExtractorFactory.Extract(minutes).Facts;

        var meeting = Assert.Single(facts.Meetings);
        Assert.Equal(("Greybridge Parish Council", new DateOnly(2018, 3, 12)), (meeting.Committee, meeting.Date));
        Assert.Equal(
            [("Pc/102/17-18", "Cllr. Reed was duly elected unanimously."), ("Pc/103/17-18", "The bus shelter be repainted.")],
            facts.Resolutions.Select(r => (r.MinuteNumber, r.Text)));
    }
}
