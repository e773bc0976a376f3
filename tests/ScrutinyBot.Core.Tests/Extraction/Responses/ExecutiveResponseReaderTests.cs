using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction.Responses;

/// <summary>Executive responses to scrutiny recommendations outside a tracker, in two layouts councils use: a table of
/// recommendation, verdict and action, and "Recommendation N" paragraphs each followed by the Cabinet's response.</summary>
public sealed class ExecutiveResponseReaderTests
{
    [Fact]
    public void Extract_ResponseTableRows_RecommendationWithVerdictAndResponse()
    {
        const string report = """
            Report to: Cabinet
            Date: 14 January 2025
            Title: Cabinet response to the recommendations of the Children's Scrutiny Review of School Transport
            1.\tThat eligibility for post-16 transport is published by 1 March each year.\tAccepted\tThe policy will be published on 1 March 2025.
            2.\tThat a single point of contact is created for parents of children with SEND.\tPartially accepted\tThe contact centre will take this role; a named officer is not affordable.
            3.\tThat the charge for post-16 travel is removed.\tNot accepted\tThe charge funds the service.
            """;

        // Raw strings keep "\t" as written; a table's cells are tab-separated.
        var recommendations = ExtractorFactory.Extract(report.Replace("\\t", "\t", StringComparison.Ordinal)).Facts.Recommendations;

        Assert.Equal(3, recommendations.Count);
        Assert.Equal(("2", ResponseStatus.Responded), (recommendations[1].Number, recommendations[1].ResponseStatus));
        Assert.StartsWith("Partially accepted The contact centre", recommendations[1].Response, StringComparison.Ordinal);
        Assert.Equal("That the charge for post-16 travel is removed.", recommendations[2].Text);
    }

    [Fact]
    public void Extract_RecommendationParagraphsWithResponses_HoldingReplyIsPartial()
    {
        const string report = """
            Westbury Borough Council
            Cabinet
            Date: 5 February 2025
            Executive Response to the Overview and Scrutiny Committee's review of Flooding

            Recommendation 1: That the Council publishes a flood plan for every ward.

            Cabinet response: Agreed. Ward flood plans were published in December 2024.

            Recommendation 2: That gully cleaning is doubled in high-risk streets.

            Response: Options are being explored with the highways contractor and will be reported to Cabinet in June.
            """;

        var recommendations = ExtractorFactory.Extract(report).Facts.Recommendations;

        Assert.Equal(
            [("1", ResponseStatus.Responded), ("2", ResponseStatus.Partial)],
            recommendations.Select(r => (r.Number, r.ResponseStatus)));
        Assert.Equal("That the Council publishes a flood plan for every ward.", recommendations[0].Text);
    }
}
