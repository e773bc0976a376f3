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
}
