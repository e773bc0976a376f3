namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>
/// Scottish minutes whose decisions are numbered under their minute: "Decision" / "AGREED to" over "4.1 note …; and"
/// and "4.2 recommend … that:" with lettered items under it.
/// </summary>
public sealed class MinuteNumberedDecisionsTests
{
    private const string Minutes = """
       EDUCATION AND LEARNING SCRUTINY COMMITTEE - 5 MARCH 2025 AT 10.00 AM

       Present: Councillors A Bell (Chair), C Dunn and E Fife


       4.   SCRUTINY REVIEW OF HOME TO SCHOOL TRANSPORT - FINAL REPORT

            Report by the Chair of the Scrutiny Review Working Group.

            Decision

            AGREED to

            4.1  note the findings of the Scrutiny Review of Home to School Transport; and

            4.2  recommend to the Education Committee that:

                 a)  the walking distance threshold remain at three miles;

                 b)  a single Transport Booking Unit be established by April 2026.


       5.   STRATEGIC RISK REGISTER

            Decision

            AGREED to note the Strategic Risk Register.
    """;

    [Fact]
    public void Extract_DecisionsNumberedUnderTheMinute_OneDecisionPerItem()
    {
        var texts = ExtractorFactory.ExtractTextFile(Minutes, "minutes.txt").Facts.Resolutions.Select(r => r.Text).ToList();

        Assert.Contains(texts, t => t.StartsWith("Note the findings of the Scrutiny Review", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(texts, t => t.Contains("a single Transport Booking Unit be established", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("To", texts);
    }
}
