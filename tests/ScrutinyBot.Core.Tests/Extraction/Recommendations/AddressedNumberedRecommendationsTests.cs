namespace ScrutinyBot.Core.Tests.Extraction.Recommendations;

/// <summary>
/// Minutes that name whom they recommend to between the decision word and the first item, and set the rest of the
/// items out below it in a hanging column: "RECOMMENDED TO CABINET – (1) That …" over "(2) That …", "(3) That …".
/// </summary>
public sealed class AddressedNumberedRecommendationsTests
{
    private const string Minutes = """
        Minutes of the meeting of the Housing Overview and Scrutiny Committee held on Wednesday, 19 March 2025 at 2.00 pm

        39    SELECTIVE LICENSING

              The Committee considered a report setting out proposals for a selective licensing designation.

              RESOLVED – That the report be noted.

              RECOMMENDED TO CABINET – (1) That the selective licensing designation be
                                           approved for five years from 1 October 2025.

                                       (2) That a reduced fee of £595 be offered
                                           to landlords accredited under the scheme.

                                       (3) That an interim evaluation of the scheme be
                                           reported to this Committee after two years.

        40    HOMELESSNESS STRATEGY

              RESOLVED – That the annual review be noted.
        """;

    [Fact]
    public void Extract_AddresseeBeforeTheFirstItem_EachItemIsARecommendation()
    {
        var facts = ExtractorFactory.ExtractTextFile(Minutes, "minutes.txt").Facts;

        Assert.Equal(
            ["That the selective licensing designation be approved for five years from 1 October 2025.", "That a reduced fee of £595 be offered to landlords accredited under the scheme.", "That an interim evaluation of the scheme be reported to this Committee after two years."],
            facts.Recommendations.Select(r => r.Text));
        Assert.Contains(facts.Resolutions, r => r.Text == "The annual review be noted.");
    }
}
