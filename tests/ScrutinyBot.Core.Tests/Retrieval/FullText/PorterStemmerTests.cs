using ScrutinyBot.Core.Retrieval.FullText;

namespace ScrutinyBot.Core.Tests.Retrieval.FullText;

public sealed class PorterStemmerTests
{
    [Fact]
    public void Stem_EveryWordOfTheSamplePapers_SameAsSqliteFts5Porter()
    {
        var pairs = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Retrieval", "FullText", "fts5-porter-stems.tsv"))
            .Where(l => !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToList();

        var wrong = pairs.Where(p => PorterStemmer.Stem(p[0]) != p[1]).Select(p => $"{p[0]}: {PorterStemmer.Stem(p[0])} not {p[1]}").ToList();

        Assert.True(pairs.Count > 1000);
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("Council's questions", "council s question")]
    [InlineData("Café — co-opted members", "cafe co opt member")]
    [InlineData("2024/25 budget", "2024 25 budget")]
    public void Tokens_Text_SplitFoldedAndStemmed(string text, string expected)
    {
        var sut = FullTextTokenizer.Tokens(text);

        Assert.Equal(expected.Split(' '), sut);
    }
}
