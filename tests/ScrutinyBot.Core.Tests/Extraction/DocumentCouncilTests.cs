namespace ScrutinyBot.Core.Tests.Extraction;

public sealed class DocumentCouncilTests
{
    [Fact]
    public void Extract_PaperWithNoMeetingHeader_BelongsToTheCouncilItNamesMost()
    {
        const string answers = """
            Question by Paul Stepto to Rory Love, Cabinet Member for Education and Skills

            How many children in Kent are educated at home, and what does Kent County Council do to check on them?

            Answer

            KCC currently monitors 4,798 pupils who are receiving education outside the school system.
            Kent families are free to educate their child at home, and Kent County Council's team visits each new family.
            Schools in Kent must tell us when a child is withdrawn.
            """;

        var result = ExtractorFactory.Extract(answers, "questions.txt");

        Assert.Equal("Kent County Council", result.Metadata.Council);
    }

    [Fact]
    public void Extract_PaperNamingNoCouncil_HasNone()
    {
        var result = ExtractorFactory.Extract("Answer\n\nThe service monitors 4,798 pupils who are receiving education outside the school system.", "answer.txt");

        Assert.Null(result.Metadata.Council);
    }

    [Theory]
    [InlineData("LONDON BOROUGH OF EXAMPLETON", "London Borough of Exampleton")]
    [InlineData("Royal Borough of Kingston upon Thames", "Royal Borough of Kingston upon Thames")]
    [InlineData("City of York Council", "City of York Council")]
    [InlineData("Brighton & Hove City Council", "Brighton & Hove City Council")]
    [InlineData("CYNGOR SIR ENGHRAIFFT / EXAMPLE COUNTY COUNCIL", "Example County Council")]
    [InlineData("Westshire Council", "Westshire Council")]
    public void Extract_MinutesHeadedByTheCouncilsName_AreThatCouncils(string header, string council)
    {
        var minutes = $"{header}\n\nMINUTES of the meeting of the Overview and Scrutiny Committee held on Tuesday, 14 January 2025 at 6.30 pm\n\nPresent: Councillor Jane Smith (Chair)\n\n45. Housing Repairs\n\nRESOLVED that the report be noted.\n";

        var meeting = Assert.Single(ExtractorFactory.Extract(minutes).Facts.Meetings);

        Assert.Equal(council, meeting.Council);
        Assert.Equal("Overview and Scrutiny Committee", meeting.Committee);
    }
}
