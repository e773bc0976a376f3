using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Tests.Retrieval;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class SentenceScorerTests
{
    [Fact]
    public void Score_HowManyAtADay_TheFigureAtThatDayOverThePeriodEndingThen()
    {
        const string period = "This is the second annual report of the Testshire Safeguarding Children Partnership, covering 1 st April 2020 to 31 st March 2021.";
        const string figure = "As of 31 st March 2021, 684 children were in care compared with 656 on the same date in 2020.";
        var analysis = QueryAnalyzer.Analyze("number of children in care in testshire at 31 march 2021 per the safeguarding annual report?", new CommitteeRecognizer([]));
        var weights = analysis.ContentStems.ToDictionary(s => s, _ => 1.0, StringComparer.Ordinal);
        var passage = new ScoredPassage(new SearchHit(1, FakeSearchIndex.Chunk(period + " " + figure), 1), 1, 1);
        var result = new RetrievalResult(analysis, [passage], weights);
        double Score(string sentence) => SentenceScorer.Score(sentence, CoverageCalculator.Stems(sentence), result, passage, 0, new HashSet<string>());

        Assert.True(Score(figure) > Score(period), $"{Score(figure)} vs {Score(period)}");
    }

    [Fact]
    public void Score_WhichKindAsked_TheSentenceNamingOneOverTheTitleRepeatingTheQuestion()
    {
        const string title = "EQIA Title KCC adoption of ICS delivery Plan Responsible Officer Mike Gogarty.";
        const string named = "These determinants of health are well captured within the Robert Wood Johnson model, widely adopted locally.";
        var analysis = QueryAnalyzer.Analyze("which model of the determinants of health has KCC adopted for the ICS delivery plan?", new CommitteeRecognizer([]));
        // Rarity weights as the Kent papers give them: the title holds more of the question's weight than the answer.
        var rarity = new Dictionary<string, double> { ["model"] = 3.1, ["determin"] = 3.2, ["health"] = 1.8, ["kcc"] = 0.8, ["adopt"] = 3.3, ["ics"] = 4.9, ["deliver"] = 2.4, ["plan"] = 1.2 };
        var weights = analysis.ContentStems.ToDictionary(s => s, s => rarity.FirstOrDefault(r => s.StartsWith(r.Key, StringComparison.Ordinal)).Value is > 0 and var w ? w : 1.0, StringComparer.Ordinal);
        var passage = new ScoredPassage(new SearchHit(1, FakeSearchIndex.Chunk(title + " " + named), 1), 1, 1);
        var result = new RetrievalResult(analysis, [passage], weights);
        double Score(string sentence) => SentenceScorer.Score(sentence, CoverageCalculator.Stems(sentence), result, passage, 0, new HashSet<string>());

        Assert.True(Score(named) > Score(title), $"{Score(named)} vs {Score(title)}");
    }
}
