using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>
/// Decision lists laid out as metropolitan and unitary councils print them: "RESOLVED: THAT (1) …;" with the next items
/// set out below after blank lines, "RESOLVED (unanimously):" over "That the Committee" and items numbered without a
/// stop ("1   notes the update;"), and minutes whose items mention an agenda item or have a heading above their text.
/// </summary>
public sealed class ResolvedListLayoutTests
{
    private const string Header = """
        EASTBRIDGE CITY COUNCIL

        OVERVIEW AND SCRUTINY BOARD

        Minutes of the meeting of the Overview and Scrutiny Board held on 4 March 2024

        PRESENT: Councillor Ann Hale (Chair), Councillors Bryce and Carter

        """;

    [Fact]
    public void Extract_FirstItemInlineAndTheRestBelow_IsOneDecisionPerItem()
    {
        const string body = """
            71  FORWARD PLAN OF KEY DECISIONS

                Members noted the Forward Plan.

                RESOLVED: THAT (1) the Forward Plan be noted;

                               (2) the draft Fees and Charges Policy be brought to the Board
                                   for pre-decision scrutiny in May 2024; and

                               (3) ward councillors be briefed before the decision is published.

            72  RECOMMENDATIONS TRACKER

                RESOLVED: THAT (1) the tracker be noted.
            """;

        var texts = ExtractorFactory.Extract(Header + body).Facts.Resolutions.Select(r => r.Text).ToList();

        Assert.Equal(4, texts.Count);
        Assert.Equal("The Forward Plan be noted", texts[0].TrimEnd(';'));
        Assert.StartsWith("The draft Fees and Charges Policy be brought to the Board for pre-decision scrutiny", texts[1]);
        Assert.StartsWith("Ward councillors be briefed", texts[2]);
        Assert.StartsWith("(1) the tracker be noted", texts[3], StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("RESOLVED (unanimously):")]
    [InlineData("RESOLVED (nem. con.):")]
    public void Extract_VoteInBracketsThenStemThenItemsNumberedWithoutStops_IsOneDecisionPerItem(string trigger)
    {
        var body = $"""
            40  URGENT AND EMERGENCY CARE

                Members asked about handover delays.

                {trigger}

                That the Scrutiny Committee

                1   notes the update on urgent and emergency care;
                2   recommends to the hospital trust that corridor care data be published
                    monthly for each site; and
                3   asks for a further report in September 2024.

            41  WORK PROGRAMME

                The Committee considered the Work Programme for 2024-25. The Democratic
                Services Officer advised that one item had moved.

                RESOLVED:

                That the work programme be approved.
            """;

        var texts = ExtractorFactory.Extract(Header + body).Facts.Resolutions.Select(r => r.Text).ToList();

        Assert.Equal(4, texts.Count);
        Assert.StartsWith("Notes the update on urgent and emergency care", texts[0]);
        Assert.Equal("Recommends to the hospital trust that corridor care data be published monthly for each site", texts[1].TrimEnd(';', ' ').Replace("; and", string.Empty, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("work programme be approved", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_VoteInBracketsBeforeTheDecisionOnItsLine_IsNotPartOfTheDecision()
    {
        const string body = """
            43  ANNUAL REPORT

                RESOLVED (unanimously): That the annual report be noted.
            """;

        var texts = ExtractorFactory.Extract(Header + body).Facts.Resolutions.Select(r => r.Text).ToList();

        Assert.Equal(["The annual report be noted."], texts);
    }

    [Fact]
    public void Extract_ConclusionHeadingOverANumberedParagraph_IsTheDecisionWithoutItsNumber()
    {
        const string body = """
            3.    QUARTER 3 PERFORMANCE MONITOR

            3.1   Members questioned the decline in assessments completed within 20 weeks.

                  CONCLUSION:

            3.5   The Committee noted the Quarter 3 performance monitor.

            4.    WORK PROGRAMME

                  Conclusion:

            4.2   The Committee agreed the work programme for 2024/25.
            """;

        var texts = ExtractorFactory.Extract(Header + body).Facts.Resolutions.Select(r => r.Text).ToList();

        Assert.Equal(["The Committee noted the Quarter 3 performance monitor.", "The Committee agreed the work programme for 2024/25."], texts);
    }

    [Fact]
    public void Extract_FigureOpeningALineOfProse_IsNoListItem()
    {
        const string body = """
            42  CHILDREN IN CARE

                RESOLVED: That the Board notes that the number of children in care rose to
                15 more than the year before and asks for a report.
            """;

        var texts = ExtractorFactory.Extract(Header + body).Facts.Resolutions.Select(r => r.Text).ToList();

        Assert.Single(texts);
        Assert.Contains("15 more than the year before and asks for a report", texts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Split_ItemHeadingOverItsTextAndADeclarationNamingAnAgendaItem_StayInTheMinutes()
    {
        const string body = """
            70  DECLARATION OF INTEREST

                In accordance with the Code of Conduct, the following personal declaration of interest was made:

                County Borough Councillor L Howells - Agenda Item 5 - "My daughter is employed by
                the Council's Education Services."

            71  MINUTES

                It was RESOLVED to approve the minutes of the 12th February 2024 as an accurate record.

            72  WORK PROGRAMME

                The Committee considered the Work Programme for 2023-24 and 2024-25. The officer advised.

                It was RESOLVED to approve the Work Programme.
            """;

        var result = ExtractorFactory.Extract(Header + body);

        Assert.Single(result.Parts, p => p.Kind == PartKind.Minutes);
        Assert.DoesNotContain(result.Parts, p => p.Kind is PartKind.Report or PartKind.WorkProgramme);
        Assert.Equal(2, result.Facts.Resolutions.Count);
    }

    [Fact]
    public void Extract_ResolvedWithItsNumberOverTheList_NumberIsTheReferenceAndEachItemADecision()
    {
        const string body = """
            4.  SECTION 19 FLOOD INVESTIGATION REPORTS

                RESOLVED: 2025/006

                1)  That the findings of the Section 19 flood investigation reports be
                    noted.

                2)  That the Committee's recommendations be sent to Cabinet.

            5.  WORK PROGRAMME

                RESOLVED: 2025/007

                That the work programme be agreed.
            """;

        var resolutions = ExtractorFactory.Extract(Header + body).Facts.Resolutions;

        Assert.Equal(
            [("2025/006", "That the findings of the Section 19 flood investigation reports be noted."), ("2025/006", "That the Committee's recommendations be sent to Cabinet."), ("2025/007", "That the work programme be agreed.")],
            resolutions.Select(r => (r.Reference, r.Text)));
    }
}
