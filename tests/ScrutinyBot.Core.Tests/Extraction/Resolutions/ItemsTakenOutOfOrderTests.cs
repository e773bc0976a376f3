namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>A chair may take an item before the one numbered above it ("The Chair agreed to take item 5 before item
/// 4"): the minutes then print 3, 5, 4. The item out of order is still an item, so its decisions are read and are not
/// taken for part of the item above it (here "Declarations of Interest", which carries none).</summary>
public sealed class ItemsTakenOutOfOrderTests
{
    private const string Header = """
        LONDON BOROUGH OF EASTWICK
        Minutes of the proceedings of the Health in Eastwick Scrutiny Commission held at Eastwick Town Hall on Thursday, 23 January 2025

        """;

    [Theory]
    [InlineData("{0}    {1}")]
    [InlineData("Minute {0}. {1}")]
    public void Extract_ItemTakenBeforeTheOneAboveIt_KeepsItsDecisions(string heading)
    {
        string H(int n, string title) => string.Format(System.Globalization.CultureInfo.InvariantCulture, heading, n, title);
        var body = $"""
            {H(1, "Apologies for Absence")}
            1.1  Apologies for absence were received from Cllr Ferreira.

            {H(2, "Urgent Items / Order of Business")}
            2.1  The Chair agreed to take item 5 before item 4.

            {H(3, "Declarations of Interest")}
            3.1  Cllr Carmody declared that she was employed by an NHS trust.

            {H(5, "Access to Primary Care")}
            5.1  The Head of Primary Care introduced the report.
                 RESOLVED: That the report be noted and practice-level data be provided.

            {H(4, "Adult Social Care Budget")}
            4.1  The Cabinet Member introduced the proposals.
                 RESOLVED: That the update be noted.

            {H(6, "Work Programme")}
                 RESOLVED: That the work programme be agreed.
            """;

        var resolutions = ExtractorFactory.Extract(Header + body).Facts.Resolutions;

        var primaryCare = Assert.Single(resolutions, r => r.Text.Contains("practice-level data", StringComparison.Ordinal));
        Assert.Equal("5", primaryCare.MinuteNumber);
        Assert.Equal("4", Assert.Single(resolutions, r => r.Text.Contains("update be noted", StringComparison.Ordinal)).MinuteNumber);
        Assert.Equal(3, resolutions.Count);
    }
}
