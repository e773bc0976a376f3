using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Tests.Retrieval;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class SecondPartTests
{
    [Fact]
    public void Added_NoChosenSentenceHoldsTheSecondKind_AddsTheBestThatDoes()
    {
        var result = Result("which cabinet committee endorsed the delivery plan, and when?",
            "The delivery plan was endorsed by the Health Reform and Public Health Cabinet Committee.",
            "The delivery plan was endorsed by the cabinet committee on 21 January 2025.");
        var units = result.Passages.Select((p, i) => Unit(p, i)).ToList();

        var sut = SecondPart.Added([units[0]], units, result, new HashSet<string>(), ExtractiveAnswerer.MaxAnswerChars);

        Assert.Equal([units[0], units[1]], sut);
    }

    [Fact]
    public void Added_ChosenSentenceHoldsTheSecondKind_AddsNothing()
    {
        var result = Result("which cabinet committee endorsed the delivery plan, and when?",
            "The delivery plan was endorsed by the cabinet committee on 21 January 2025.");
        var units = result.Passages.Select((p, i) => Unit(p, i)).ToList();

        var sut = SecondPart.Added([units[0]], units, result, new HashSet<string>(), ExtractiveAnswerer.MaxAnswerChars);

        Assert.Equal([units[0]], sut);
    }

    [Fact]
    public void Added_AnswerWouldBeTooLong_LastChosenSentenceGivesWay()
    {
        var result = Result("which cabinet committee endorsed the delivery plan, and when?",
            "The delivery plan was endorsed by the Health Reform and Public Health Cabinet Committee.",
            "The committee also discussed the plan's priorities for the wider determinants of health.",
            "The delivery plan was endorsed by the cabinet committee on 21 January 2025.");
        var units = result.Passages.Select((p, i) => Unit(p, i)).ToList();
        var roomForTwo = units[0].Text.Length + units[1].Text.Length + 12;

        var sut = SecondPart.Added([units[0], units[1]], units, result, new HashSet<string>(), roomForTwo);

        Assert.Equal([units[0], units[2]], sut);
    }

    private static RetrievalResult Result(string question, params string[] passages)
    {
        var analysis = QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));
        var weights = analysis.ContentStems.ToDictionary(s => s, _ => 1.0, StringComparer.Ordinal);
        return new RetrievalResult(analysis, passages.Select((text, i) => new ScoredPassage(new SearchHit(i + 1, FakeSearchIndex.Chunk(text), 1), 1, 1)).ToList(), weights);
    }

    private static AnswerUnit Unit(ScoredPassage passage, int index) =>
        new(passage, 0, passage.Hit.Chunk.Text, 1.0 - (0.1 * index), CoverageCalculator.Stems(passage.Hit.Chunk.Text), true);
}
