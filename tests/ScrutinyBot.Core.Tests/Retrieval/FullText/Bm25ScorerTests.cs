using ScrutinyBot.Core.Retrieval.FullText;

namespace ScrutinyBot.Core.Tests.Retrieval.FullText;

public sealed class Bm25ScorerTests
{
    [Fact]
    public void Score_WordInTitleOrText_TitleWeighsMoreAndAbsentIsNull()
    {
        var sut = new Bm25Scorer(["libraries"], _ => 2, 10, 6);

        var title = sut.Score(new FullTextDocument(1, "Library services", null, "The report on opening hours", null));
        var text = sut.Score(new FullTextDocument(2, "Opening hours", null, "The report on library services", null));
        var none = sut.Score(new FullTextDocument(3, "Opening hours", null, "The report on parks", null));

        Assert.NotNull(title);
        Assert.NotNull(text);
        Assert.True(title > text);
        Assert.Null(none);
    }

    [Fact]
    public void Score_PhraseWordsApart_DoesNotMatch()
    {
        var sut = new Bm25Scorer(["work programme"], _ => 1, 10, 6);

        Assert.Null(sut.Score(new FullTextDocument(1, "Programme", null, "work on the programme", null)));
        Assert.NotNull(sut.Score(new FullTextDocument(2, "Items", null, "the work programme for 2025", null)));
    }

    [Fact]
    public void Score_RareTermAgainstCommonTerm_RareScoresHigher()
    {
        var sut = new Bm25Scorer(["fostering", "council"], p => p == "council" ? 9 : 1, 10, 6);

        var rare = sut.Score(new FullTextDocument(1, "Item", null, "fostering allowances", null));
        var common = sut.Score(new FullTextDocument(2, "Item", null, "council allowances", null));

        Assert.True(rare > common);
    }
}
