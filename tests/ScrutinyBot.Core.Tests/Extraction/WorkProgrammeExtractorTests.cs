namespace ScrutinyBot.Core.Tests.Extraction;

public sealed class WorkProgrammeExtractorTests
{
    [Fact]
    public void Extract_Table_CarriesDateDownAndReadsLead()
    {
        const string pack = """
            Environment Committee Work Programme 2025/26

            Meeting Date	Agenda Item	Lead Officer	Purpose
            <p>9 June 2025</p>	<p>Flood Risk Strategy</p>	<p>Head of Highways</p>	<p>To review the strategy.</p>
            	<p>Waste Collection Contract</p>	<p>Director of Place</p>	<p>To scrutinise the tender.</p>
            8 September 2025	Air Quality Annual Report	Public Health Lead	To receive the report.

            Items pending scheduling

            Item	Lead Officer	Status
            Tree Planting Review	Parks Manager	To be scheduled
            """;

        var items = ExtractorFactory.Extract(pack).Facts.WorkProgramme;

        Assert.Equal(4, items.Count);
        Assert.Equal(("Waste Collection Contract", new DateOnly(2025, 6, 9), "Director of Place"), (items[1].Item, items[1].MeetingDate, items[1].Lead));
        Assert.Equal(new DateOnly(2025, 9, 8), items[2].MeetingDate);
        Assert.Equal(("Tree Planting Review", null, "Items pending scheduling"), (items[3].Item, items[3].MeetingDate, items[3].When));
    }

    [Fact]
    public void Extract_ItemColumnHeadedTitleOfItem_ReadsTheItems()
    {
        const string pack = """
            OVERVIEW AND SCRUTINY COMMITTEE WORK PROGRAMME 2025-26

            Meeting date	Title of item	Lead / Comments
            14 July 2025	Leisure Centre Contract Review	Director of Communities
            	Fly-tipping Enforcement	Cabinet response
            TBC	Parking Charges Policy	Pre-decision scrutiny
            """;

        var items = ExtractorFactory.Extract(pack).Facts.WorkProgramme;

        Assert.Equal(["Leisure Centre Contract Review", "Fly-tipping Enforcement", "Parking Charges Policy"], items.Select(i => i.Item));
        Assert.Equal(new DateOnly(2025, 7, 14), items[1].MeetingDate);
    }

    [Fact]
    public void Extract_ProgrammeByQuarter_ReadsEachBulletUnderItsQuarterAndNotItsWrappedLines()
    {
        const string pack = "OVERVIEW AND SCRUTINY COMMITTEE – DRAFT WORK PROGRAMME 2025/26\n\nQuarter 1 (April – June 2025)\n   •  Mayor's Annual Priorities and Strategic Plan Delivery – Chief Executive\n      (Lead officer: Head of Strategy and Policy)\n   •  Leisure Services insourcing: one year on\n\nQuarter 2 (July – September 2025)\n   •  Housing Repairs Performance (insourced service) – Director of\n      Housing Management\n";

        var items = ExtractorFactory.Extract(pack).Facts.WorkProgramme;

        Assert.Equal(3, items.Count);
        Assert.StartsWith("Mayor's Annual Priorities", items[0].Item, StringComparison.Ordinal);
        Assert.Equal("Quarter 1 (April – June 2025)", items[1].When);
        Assert.Equal("Quarter 2 (July – September 2025)", items[2].When);
        Assert.DoesNotContain(items, i => i.Item.Contains("Lead officer", StringComparison.Ordinal) || i.Item.StartsWith("Housing Management", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_MonthHeadedForwardPlan_ReadsItemsWithLeads()
    {
        const string pack = "Health and Wellbeing Board Forward Plan 2025\n\nOctober 2025\n\n- Dementia Strategy (Lynda Snell)\n- Pharmacy Needs Assessment\n\nJanuary 2026\n\n- Winter Pressures update (Alistair Lloyd)\n\nPlease send suggestions for the forward plan to the clerk@ambridge.gov.uk:\n";

        var items = ExtractorFactory.Extract(pack).Facts.WorkProgramme;

        Assert.Equal(["Dementia Strategy", "Pharmacy Needs Assessment", "Winter Pressures update"], items.Select(i => i.Item));
        Assert.Equal(("October 2025", "Lynda Snell"), (items[0].When, items[0].Lead));
        Assert.Equal("January 2026", items[2].When);
    }

    [Fact]
    public void Extract_ProgrammeTableAfterATrackerInOneReport_IsReadAsTheWorkProgramme()
    {
        const string pack = """
            Overview Report

            1. Monitoring Previous Recommendations

            Date	Recommendation	Response	Contact Officer
            11 February 2025	To request a ward breakdown of referrals.	A breakdown was circulated.	Fiona Metcalfe

            3. Communities Scrutiny Committee Work Programme - March 2025

            Item	Purpose	Executive Member	Lead Officer
            Homelessness Prevention	To receive an update on prevention activity.	Councillor Midgley	Becca Hewitt
            Libraries and Galleries	To review the new opening hours.	Councillor Rahman	Neil MacInnes
            """;

        var items = ExtractorFactory.Extract(pack).Facts.WorkProgramme;

        Assert.Equal(["Homelessness Prevention", "Libraries and Galleries"], items.Select(i => i.Item));
        Assert.Equal("Councillor Midgley", items[0].Lead);
    }

    [Fact]
    public void Extract_CalendarWithTheMonthsAcrossTheTop_ReadsEachColumnsItemsUnderItsMeeting()
    {
        const string pack = "Scrutiny Board (Housing) - Work Schedule for 2025/2026 Municipal Year\n\n"
            + "June\tJuly\tAugust\n\n"
            + "Meeting Agenda for 18/06/25 at 10.30 am\tMeeting Agenda for 16/07/25 at 10.30 am\tNo Scrutiny Board meeting scheduled\n\n"
            + "Scrutiny Board Terms of Reference and\tTenant Satisfaction Measures 2024/25\tWorking Group - Waste Strategy\n"
            + "Sources of Work (DB)\t(PM)\tRefresh (date tbc)\n\n"
            + "Annual Performance Report 2024/25 (PM)\n\n"
            + "September\tOctober\tNovember\n\n"
            + "Meeting Agenda for 17/09/25 at 10.30 am\tMeeting Agenda for 15/10/25 at 10.30 am\tMeeting Agenda for 19/11/25 at 10.30 am\n\n"
            + "Damp and Mould Update\tHousing Allocations Policy\tFly-tipping Inquiry Recommendations\n";

        var items = ExtractorFactory.Extract(pack).Facts.WorkProgramme;

        Assert.Equal(
            ["Scrutiny Board Terms of Reference and Sources of Work (DB)", "Tenant Satisfaction Measures 2024/25 (PM)", "Working Group - Waste Strategy Refresh (date tbc)", "Annual Performance Report 2024/25 (PM)", "Damp and Mould Update", "Housing Allocations Policy", "Fly-tipping Inquiry Recommendations"],
            items.Select(i => i.Item));
        Assert.Equal(new DateOnly(2025, 6, 18), items[0].MeetingDate);
        Assert.Equal(("August", null), (items[2].When, items[2].MeetingDate));
        Assert.Equal(new DateOnly(2025, 11, 19), items[6].MeetingDate);
    }
    [Fact]
    public void Extract_RowsPartedByBlankLines_ReadALinesWrappedTitleAsOneItemUnderAThemeHeader()
    {
        const string pack = "Health Scrutiny Panel Work Programme 2024/25\n\nTheme/Issue\tApproach and areas of focus\tLead Officer\n"
            + "1. Adult Social Care Charging Policy\tPanel meeting 11 February 2025 - pre-\tHead of Care\n\tconsultation scrutiny.\t\n\n"
            + "2. Winter Pressures and Hospital\tPanel meeting 11 February 2025 -\tDirector of Care\n   Discharge\tsystem performance.\t\n\n"
            + "3. Kirklees Carers Strategy\tPanel meeting 14 January 2025.\tDirector of Care\n";

        var items = ExtractorFactory.Extract(pack).Facts.WorkProgramme.Select(i => i.Item).ToList();

        Assert.Equal(["Adult Social Care Charging Policy", "Winter Pressures and Hospital Discharge", "Kirklees Carers Strategy"], items);
    }

    [Fact]
    public void Extract_OneLineRowsUnderATitleRepeatedBetweenBlankLines_StaySeparateItems()
    {
        const string pack = "Environment Committee Work Programme 2025/26\n\nMeeting Date\tAgenda Item\tLead Officer\n"
            + "9 June 2025\tFlood Risk Strategy\tHead of Highways\n\tWaste Collection Contract\tDirector of Place\n\tAir Quality Annual Report\tPublic Health Lead\n\n"
            + "ENVIRONMENT COMMITTEE WORK PROGRAMME 2025/26\n\n\tTree Planting Review\tParks Manager\n\tHighway Verges\tParks Manager\n\n"
            + "ENVIRONMENT COMMITTEE WORK PROGRAMME 2025/26\n\n\tFlood Wardens\tHead of Highways\n";

        var items = ExtractorFactory.Extract(pack).Facts.WorkProgramme.Select(i => i.Item).ToList();

        Assert.Equal(["Flood Risk Strategy", "Waste Collection Contract", "Air Quality Annual Report", "Tree Planting Review", "Highway Verges", "Flood Wardens"], items);
    }

    [Fact]
    public void Extract_SummaryListByMeetingBeforeTheTable_AddsTheItemsTheTableDoesNotDetail()
    {
        const string pack = "Scrutiny Co-ordination Committee Work Programme 2024-25\n\n12th June 2024\n-  Scrutiny Priorities\n\n"
            + "10th July 2024\n-  Medium Term Financial Strategy\n\n2025/26\n-  Climate Change Strategy Delivery\n\n5th March 2025\n-  Council Plan Performance Report\n\nPage 6\n\n"
            + "Meeting Date\tTitle\tDetail\tLead Officer\n5th March 2025\tCouncil Plan Performance\tTo consider the end of Q3\tHelen Amara\n"
            + "\tReport\tperformance.\t\n\n\tCost of Living Support\tAdded at the request of\tNadia Brereton\n\t\tthe Committee.\t\n\n"
            + "2nd April 2025\tEquality and Diversity\tTo review progress.\tJas Malhi\n\tAnnual Report\t\t\n";

        var items = ExtractorFactory.Extract(pack).Facts.WorkProgramme;

        Assert.Equal(["Scrutiny Priorities", "Medium Term Financial Strategy", "Climate Change Strategy Delivery", "Council Plan Performance Report", "Cost of Living Support", "Equality and Diversity Annual Report"], items.Select(i => i.Item));
        Assert.Equal(("2025/26", new DateOnly(2025, 3, 5), "Helen Amara"), (items[2].When, items[3].MeetingDate, items[3].Lead));
    }

    [Fact]
    public void Extract_ReportTextBeforeTheTable_IsNoSummaryOfItsItems()
    {
        const string pack = "Education Scrutiny Committee Work Programme 2024/25\n\nBrief Summary\n\nThe topics were identified at the workshop held on\n5 June 2024.\n\n"
            + "Recommendation\n\nThe Committee is asked to:\n   i.    Note and comment on the report.\n\nAppendix A\n\n"
            + "Topic\tScrutiny purpose\tLead Officer\tProposed date\nElective Home Education\tTo review numbers\tHelen Marsh\t15 Jan 2025\n";

        var items = ExtractorFactory.Extract(pack).Facts.WorkProgramme.Select(i => i.Item).ToList();

        Assert.Equal(["Elective Home Education"], items);
    }
}
