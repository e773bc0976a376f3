
namespace ScrutinyBot.Core.Tests.Extraction;

/// <summary>
/// Programmes set out by date as English county, Welsh and Scottish councils print them: a two-column "Meeting Date |
/// Item" table whose second items sit under the first's date; a table with a "Type" column holding "Report" and a
/// "Report Ref" column numbering the rows; and lists under "Meeting date: 13 June 2024".
/// </summary>
public sealed class WorkProgrammeDatedLayoutsTests
{
    [Fact]
    public void Extract_TwoColumnDateAndItemTable_EachLineIsAnItemOfTheDateAboveIt()
    {
        const string text = """
                                     SCRUTINY COMMISSION WORK PROGRAMME 2024/25

            Meeting Date          Item

            17 April 2024         Strategic Plan 2022-26 - Annual Delivery Report
                                  Local Government Reorganisation - Update
            5 June 2024           Medium Term Financial Strategy Outturn 2023/24
            """;

        var items = Read(text).Facts.WorkProgramme;

        Assert.Equal(
            [("2024-04-17", "Strategic Plan 2022-26 - Annual Delivery Report"), ("2024-04-17", "Local Government Reorganisation - Update"), ("2024-06-05", "Medium Term Financial Strategy Outturn 2023/24")],
            items.Select(i => (i.MeetingDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i.Item)));
    }

    [Fact]
    public void Extract_DatesBesideItemsWithoutColumnHeadingsOverAMonitoringTable_EachLineIsAnItemOfTheDateBesideOrAboveIt()
    {
        const string text = """
            PLACES OVERVIEW AND SCRUTINY COMMITTEE

            WORK PROGRAMME 2024-25

            UPDATED 20 JANUARY 2025

            5 February 2025    Highways Capital Programme 2025/26
                               Winter Service - Mid-Season Review
            5 March 2025       Bus Service Improvement Plan - Performance Report
            To be scheduled    Car Parking Strategy Review


            PLACES OSC MONITORING REPORT 2024-25

            Ref  Date       Report                  Decision                        Outcome
            1    02/10/24   Household Waste         That Cabinet be advised that    Accepted by
                            Recycling Centres       the Committee supported it      Cabinet
            """;

        var items = Read(text).Facts.WorkProgramme;

        Assert.Equal(
            [("2025-02-05", "Highways Capital Programme 2025/26"), ("2025-02-05", "Winter Service - Mid-Season Review"), ("2025-03-05", "Bus Service Improvement Plan - Performance Report"), (null, "Car Parking Strategy Review")],
            items.Take(4).Select(i => (i.MeetingDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i.Item)));
        Assert.DoesNotContain(items, i => i.Item.Contains("MONITORING", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DateOfMeetingTableBeforeAResolutionsTracker_ReadsBoth()
    {
        const string text = """
            Appendix 1 - Work Programme 2024/25

            Date of meeting   Agenda item                                Item description
            11 March 2025     Waste Management Strategy - Update         Progress update
                              City Centre Regeneration                   Progress report
            8 April 2025      Flood Risk Management Strategy             Annual report

            Appendix 2 - Schedule of outstanding resolutions

            Meeting     Min   Resolution                                Response due   Status
            12/11/24    24    That the Committee recommends to the      31/01/2025     Response
                              Executive that gully cleansing be                        received
                              increased to twice yearly
            """;

        var facts = Read(text).Facts;

        Assert.Equal(["Waste Management Strategy - Update", "City Centre Regeneration", "Flood Risk Management Strategy"], facts.WorkProgramme.Select(i => i.Item));
        var recommendation = Assert.Single(facts.Recommendations);
        Assert.StartsWith("That the Committee recommends to the Executive that gully cleansing", recommendation.Text, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 1, 31), recommendation.Deadline);
    }

    [Fact]
    public void Extract_RowsWhoseTypeCellSaysReport_AreRowsNotHeaders()
    {
        const string text = """
                             OVERVIEW & SCRUTINY COMMITTEE WORK PROGRAMME 2024-25

             Meeting Date     Topic                                     Type              Lead Officer
             15 April 2024    Annual Report of the Scrutiny Committees  Report            Service Director
             15 April 2024    Welsh Language Provision Review           Scrutiny review   Head of Welsh
             15 July 2024     Council Tax Collection and Recovery       Performance       Director of Finance
            """;

        var items = Read(text).Facts.WorkProgramme;

        Assert.Equal(["Annual Report of the Scrutiny Committees", "Welsh Language Provision Review", "Council Tax Collection and Recovery"], items.Select(i => i.Item));
        Assert.All(items, i => Assert.NotNull(i.MeetingDate));
    }

    [Fact]
    public void Extract_ReferenceColumn_IsNotTheItemAndAnUnnumberedLineCarriesOnTheTitle()
    {
        const string text = """
                                  Scrutiny Committee Work Programme 2024-25

            Report Ref    Committee Date   Title                                Purpose of Report          Lead Officer
            SC/10/24-25   14/03/2024       Urgent and Emergency Care Winter     To scrutinise performance  Place
                                           Update                                                          Director
            SC/11/24-25   13/06/2024       Adult Social Care Transport Policy   Pre-decision scrutiny      Director of ASC
            """;

        var items = Read(text).Facts.WorkProgramme;

        Assert.Equal(["Urgent and Emergency Care Winter Update", "Adult Social Care Transport Policy"], items.Select(i => i.Item));
    }

    [Fact]
    public void Extract_ListsUnderLabelledMeetingDates_TakeTheirDates()
    {
        const string text = """
                                 AUDIT AND RISK COMMITTEE WORK PLAN 2024

            Meeting date: 13 June 2024
              •  Internal Audit Annual Report and Opinion 2023/24
              •  Counter Fraud Annual Report

            Meeting date: 26 September 2024
              •  Audited Annual Accounts 2023/24
            """;

        var items = Read(text).Facts.WorkProgramme;

        Assert.Equal(
            [("2024-06-13", "Internal Audit Annual Report and Opinion 2023/24"), ("2024-06-13", "Counter Fraud Annual Report"), ("2024-09-26", "Audited Annual Accounts 2023/24")],
            items.Select(i => (i.MeetingDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i.Item)));
    }

    [Fact]
    public void Extract_ListsUnderMeetingDaysAndAnUnscheduledHeading_TakeTheirHeadings()
    {
        const string text = """
              OVERVIEW AND SCRUTINY COMMITTEE WORK PROGRAMME 2024/25

              Meeting: Tuesday 4 March 2025
                 - Use of Agency Staff across the Council (Cabinet Member for Finance)

              Unallocated / to be scheduled
                 - Lambeth Air Quality Action Plan annual status report
            """;

        var items = Read(text).Facts.WorkProgramme;

        Assert.Equal(
            [("2025-03-04", "Tuesday 4 March 2025", "Use of Agency Staff across the Council"), (null, "Unallocated / to be scheduled", "Lambeth Air Quality Action Plan annual status report")],
            items.Select(i => (i.MeetingDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i.When, i.Item)));
    }

    [Fact]
    public void Extract_DateAndMatterForConsiderationTable_ReadsItsRows()
    {
        const string text = """
                 SCRUTINY COMMITTEE - WORK PROGRAMME

                 Date              Matter for Consideration

                 11 March 2025     Devon Waste and Resources Strategy - Annual Update
                 June 2025         Flood Risk Management Annual Report
            """;

        var items = Read(text).Facts.WorkProgramme;

        Assert.Equal(["Devon Waste and Resources Strategy - Annual Update", "Flood Risk Management Annual Report"], items.Select(i => i.Item));
    }

    [Fact]
    public void Extract_IssueForScrutinyColumn_IsTheItem()
    {
        const string text = """
              COMMUNITIES SELECT COMMITTEE
              FORWARD WORK PROGRAMME 2025

            | Date          | Type of scrutiny   | Issue for scrutiny                              | Cabinet Member / Lead officer      |
            |---------------|--------------------|-------------------------------------------------|------------------------------------|
            | 6 March 2025  | Performance        | Carriageway Repairs and Pothole Performance     | Matthew Coldharbour / Katie Stroud |
            | 19 June 2025  | Policy review      | Gully Cleansing and Drainage Maintenance        | Matthew Coldharbour / Katie Stroud |
            """;

        var items = Read(text).Facts.WorkProgramme;

        Assert.Equal(["Carriageway Repairs and Pothole Performance", "Gully Cleansing and Drainage Maintenance"], items.Select(i => i.Item));
    }

    [Fact]
    public void Extract_ListedItemsCarryingTheirOwnDates_ReadWithThem()
    {
        const string text = """
            Economic Growth Policy and Scrutiny Committee
            Work Programme - April 2025

            Current and upcoming items:

            *   10 April 2025 - Local Highway Panels Scheme Delivery
            *   12 June 2025 - A12 Widening Scheme Impacts on Local Roads
            *   To be scheduled - Gigabit Broadband Roll-out in Rural Essex

            4 March 2025 - Committee Room 1
            """;

        var items = Read(text).Facts.WorkProgramme;

        Assert.Equal(
            [("2025-04-10", "Local Highway Panels Scheme Delivery"), ("2025-06-12", "A12 Widening Scheme Impacts on Local Roads"), (null, "Gigabit Broadband Roll-out in Rural Essex")],
            items.Select(i => (i.MeetingDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), i.Item)));
    }

    private static ScrutinyBot.Core.Extraction.ExtractionResult Read(string text) =>
        ExtractorFactory.ExtractTextFile(text, "programme.txt");
}
