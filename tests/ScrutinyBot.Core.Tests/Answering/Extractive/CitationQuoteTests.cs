using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Tests.Retrieval;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

/// <summary>A citation quotes the sentence that proves the answer, not the paper's heading or cover table.</summary>
public sealed class CitationQuoteTests
{
    private static readonly ScoredPassage Report = new(new SearchHit(3, FakeSearchIndex.Chunk("report"), 1), 1, 1);

    private static AnswerUnit Unit(int index, string text, double score) => new(Report, index, text, score, new HashSet<string>(), true);

    [Fact]
    public void QuoteOf_CoverTableRowScoresBest_QuotesTheSentence()
    {
        var cover = Unit(0, "Meeting Title\tChildren and Young People Scrutiny Committee\tReport Title\tChildren's Services Improvement", 3);
        var sentence = Unit(1, "The committee is asked to consider the findings of the last three Ofsted monitoring visits.", 2);

        Assert.Same(sentence, ExtractiveAnswerer.QuoteOf([cover, sentence]));
    }

    [Fact]
    public void QuoteOf_HeadingScoresBest_QuotesTheSentence()
    {
        var heading = Unit(0, "Section 25 Assurance Statement", 3);
        var sentence = Unit(1, "The assessment was that the overall budget estimates were robust and the levels of reserves were adequate.", 1);

        Assert.Same(sentence, ExtractiveAnswerer.QuoteOf([heading, sentence]));
    }

    [Fact]
    public void QuoteOf_OnlyHeadings_QuotesTheBestOfThem()
    {
        var first = Unit(0, "Minutes", 1);
        var best = Unit(1, "Apologies for absence", 2);

        Assert.Same(best, ExtractiveAnswerer.QuoteOf([first, best]));
    }
}
