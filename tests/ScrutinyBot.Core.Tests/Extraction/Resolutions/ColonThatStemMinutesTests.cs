namespace ScrutinyBot.Core.Tests.Extraction.Resolutions;

/// <summary>
/// Maidstone minutes a recommendation list under a stem that ends in a colon and "That": "RESOLVED to RECOMMEND to the
/// CABINET: That" over "1. The … contract be extended …". Each item goes on from that "That", so each is a decision,
/// and a recommendation to the Cabinet.
/// </summary>
public sealed class ColonThatStemMinutesTests
{
    private const string Minutes = """
                                MAIDSTONE BOROUGH COUNCIL

                            OVERVIEW AND SCRUTINY COMMITTEE

                     MINUTES OF THE MEETING HELD ON TUESDAY 18 FEBRUARY 2025

         Present:    Councillor Hennessy (Chairman), and
                     Councillors Ashworth, Brindley and Pilbeam

         125. LEISURE CENTRE MANAGEMENT CONTRACT - FUTURE OPERATING MODEL

              RESOLVED to RECOMMEND to the CABINET: That

              1.  The Maidstone Leisure Centre management contract be extended by
                  two years to 31 March 2028, as set out in the report;

              2.  A condition survey of the Maidstone Leisure Centre learner pool
                  be completed before the procurement commences; and

              3.  The new contract specification include a concessionary swimming
                  offer for under-16s during school holidays.

         126. TEMPORARY ACCOMMODATION STRATEGY 2025-2028

              RESOLVED: That the draft strategy be noted.
        """;

    [Fact]
    public void Extract_ListUnderColonThat_IsOneDecisionAndRecommendationPerItem()
    {
        var facts = ExtractorFactory.Extract(Minutes, "minutes.txt").Facts;

        var listed = facts.Resolutions.Where(r => r.MinuteNumber == "125").ToList();
        Assert.Equal(3, listed.Count);
        Assert.StartsWith("The Maidstone Leisure Centre management contract be extended", listed[0].Text, StringComparison.Ordinal);
        Assert.Equal(3, facts.Recommendations.Count(r => r.Text.Contains("Leisure Centre", StringComparison.Ordinal) || r.Text.Contains("contract specification", StringComparison.Ordinal)));
    }
}
