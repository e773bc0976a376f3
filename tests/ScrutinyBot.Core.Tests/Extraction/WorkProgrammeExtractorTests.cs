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
}
