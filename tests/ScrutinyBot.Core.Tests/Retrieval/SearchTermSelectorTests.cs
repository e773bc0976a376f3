using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Tests.Retrieval;

public sealed class SearchTermSelectorTests
{
    private const double Share = 0.25;
    private static readonly SearchWords None = new([], []);

    private static TermStatistics Stats(int chunks, params (string Term, int Df)[] frequencies) =>
        new(frequencies.ToDictionary(f => f.Term, f => f.Df), chunks);

    [Fact]
    public void Select_WordsInMuchOfTheIndex_LeavesThemOutRarestFirst()
    {
        var stats = Stats(100, ("budget", 10), ("academy", 5), ("council", 40));

        var sut = SearchTermSelector.Select(new SearchWords(["council", "budget", "academy"], []), None, stats, Share);

        Assert.Equal(["academy", "budget"], sut.Terms);
    }

    [Fact]
    public void Select_EveryWordCommon_KeepsTheRarestSoTheSearchStillRuns()
    {
        var stats = Stats(100, ("committee", 90), ("report", 60));

        var sut = SearchTermSelector.Select(new SearchWords(["committee", "report"], []), None, stats, Share);

        Assert.Equal(["report"], sut.Terms);
    }

    [Fact]
    public void Select_SynonymRarerThanTheQuestionsWords_ComesOnlyAfterThem()
    {
        var stats = Stats(100, ("pupils", 20), ("exclusions", 4), ("kids", 3));

        var sut = SearchTermSelector.Select(new SearchWords(["pupils", "exclusions"], []), new SearchWords(["kids"], []), stats, Share);

        Assert.Equal(["exclusions", "pupils"], sut.Terms);
    }

    [Fact]
    public void Select_PhrasesAndUnknownWords_CountLikeWords()
    {
        var stats = Stats(100, ("fostering", 8), ("Harlow Academy", 2), ("young people", 50));

        var sut = SearchTermSelector.Select(new SearchWords(["fostering", "zzyzx"], ["Harlow Academy"]), new SearchWords([], ["young people"]), stats, Share);

        Assert.Equal(["zzyzx", "fostering"], sut.Terms);
        Assert.Equal(["Harlow Academy"], sut.Phrases);
    }

    [Fact]
    public void Select_SmallIndex_SearchesEveryWord()
    {
        var stats = Stats(10, ("budget", 9), ("council", 10));

        var sut = SearchTermSelector.Select(new SearchWords(["budget", "council"], []), None, stats, Share);

        Assert.Equal(["budget", "council"], sut.Terms);
    }
}
