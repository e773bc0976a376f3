namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>
/// Minutes that record each item's decisions under a "Decision" heading and close it with a bracketed note of the
/// paper considered, as Edinburgh's do: "(Reference - Work Programme, submitted)" names a paper, it does not start
/// the work programme, so the items after it stay in the minutes.
/// </summary>
public sealed class DecisionHeadingMinutesTests
{
    private const string Minutes = """
        Minutes

        Governance, Risk and Best Value Committee

        10.00am, Tuesday 11 February 2025

        Present
        Councillors Drummond (Convener), Baird and Kerr.

        1.   Work Programme

             The Committee Work Programme was presented.

             Decision

             1)   To note the Work Programme.

             (Reference - Work Programme, submitted)


        2.   Corporate Leadership Team Risk Register

             The Risk Register as at 31 December 2024 was presented.

             Decision

             1)   To note the Corporate Leadership Team Risk Register.

             2)   To request that future reports include a heat map showing movement in risk scores.

             (Reference - report by the Executive Director of Corporate Services, submitted)
        """;

    [Fact]
    public void Extract_ItemsAfterABracketedReferenceToTheWorkProgramme_StayInTheMinutes()
    {
        var facts = ExtractorFactory.Extract(Minutes).Facts;

        Assert.Contains(facts.Resolutions, r => r.Text.Contains("heat map showing movement", StringComparison.Ordinal));
        Assert.Contains(facts.Resolutions, r => r.Text.Contains("To note the Work Programme", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ResolvedToWithoutAColonOverANumberedList_ReadsEachItem()
    {
        const string text = """
            MINUTES of a meeting of IMPROVEMENT AND SCRUTINY COMMITTEE held on Monday, 13 January 2025
            PRESENT: Councillor M Hollinshead (in the Chair)
            05/25      REVIEW OF LOCAL BUS SUPPORT - SCOPING REPORT

                       The Committee considered a scoping report for a scrutiny review.

                       RESOLVED to

                       (1)   approve the scope of the review of local bus support, as set out in the
                             report; and

                       (2)   appoint Councillors Ellwood and Slack to the review group.
            """;

        var resolutions = ExtractorFactory.Extract(text).Facts.Resolutions;

        Assert.Contains(resolutions, r => r.Text.StartsWith("Approve the scope of the review", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(resolutions, r => r.Text.StartsWith("Appoint Councillors Ellwood", StringComparison.OrdinalIgnoreCase));
    }
}
