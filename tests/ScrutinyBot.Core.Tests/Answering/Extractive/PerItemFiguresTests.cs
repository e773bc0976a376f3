using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class PerItemFiguresTests
{
    [Theory]
    [InlineData("how many ANPR cameras would it buy, and what's the cost per camera?", "camera")]
    [InlineData("what does each one cost?", "one")]
    [InlineData("how much would each district get?", "district")]
    [InlineData("per the capital strategy, what is the budget for borrowing?", null)] // "per" a paper
    [InlineData("how much does KCC give the Turner Contemporary each year?", null)] // a rate in time
    [InlineData("what does each £10m of prudential borrowing cost in revenue?", null)] // another figure
    [InlineData("what's each extra 1% of inflation reckoned to cost us?", null)]
    [InlineData("what share of the funding do the council and the ICB each put in?", null)] // a floating "each"
    [InlineData("what per cent of plans were issued on time?", null)]
    public void Item_IsTheOneThingWhoseFigureIsAsked(string question, string? expected) =>
        Assert.Equal(expected, PerItemFigures.Item(question));

    [Theory]
    [InlineData("The amendment provides £1m for movable ANPR cameras at fly-tipping hot spots.", false)] // a total
    [InlineData("Each movable ANPR camera costs £25,000 to buy and install.", true)]
    [InlineData("Movable ANPR cameras cost £25,000 each.", true)]
    public void Holds_CostPerItemAsked_NeedsOneItemsFigure(string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("how many ANPR cameras would the fly-tipping amendment buy, and what's the cost per camera?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { ["anpr"] = 3.0, [TextTerms.Stem("cameras")] = 3.0, [TextTerms.Stem("amendment")] = 1.0, [TextTerms.Stem("cost")] = 1.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [AnswerTypeCheckTests.UnitOf(text, council: null)], weights, new HashSet<string>()));
    }

    [Theory]
    [InlineData("Net cost of the streetworks inspectors (£31k) funded from Highways.", true)] // the second figure asked, though the first counts
    [InlineData("We propose two more inspectors for streetworks.", true)]
    [InlineData("Streetworks breaches rose by 27 last year.", false)]
    public void Holds_TwoFiguresAsked_EitherPartsFigureAnswers(string text, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze("how many extra streetworks inspectors are there and what's the net cost?", new CommitteeRecognizer([]));
        var weights = new Dictionary<string, double> { [TextTerms.Stem("streetworks")] = 3.0, [TextTerms.Stem("inspectors")] = 3.0, ["extra"] = 2.0, ["net"] = 1.0, ["cost"] = 1.0 };

        Assert.Equal(expected, AnswerTypeCheck.Holds(analysis, [AnswerTypeCheckTests.UnitOf(text, council: null)], weights, new HashSet<string>()));
    }
}
