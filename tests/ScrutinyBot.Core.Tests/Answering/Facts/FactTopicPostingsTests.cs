using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Answering.Facts;

public sealed class FactTopicPostingsTests
{
    [Fact]
    public void Candidates_FactWithoutTheRareWord_LeftOut()
    {
        var budget = new Entry("budget", "report");
        var fostering = new Entry("foster", "report");
        var sut = Postings(budget, fostering, new Entry("foster", "carer"));

        var candidates = sut.Candidates(["foster", "report"], 0.75);

        Assert.NotNull(candidates);
        Assert.Contains(fostering, candidates);
        Assert.DoesNotContain(budget, candidates);
    }

    [Fact]
    public void Candidates_SameWordWithAnEnding_Kept()
    {
        var entry = new Entry("safeguarding", "partnership");
        var sut = Postings(entry, new Entry("budget"));

        var candidates = sut.Candidates(["safeguard"], 0.75);

        Assert.NotNull(candidates);
        Assert.Contains(entry, candidates);
        Assert.Single(candidates);
    }

    [Fact]
    public void Candidates_SynonymOfTheWord_Kept()
    {
        var topic = TextTerms.Stem("unhappy");
        var alternative = Synonyms.For(topic).First(a => !a.Contains(' ', StringComparison.Ordinal));
        var entry = new Entry(alternative);
        var sut = Postings(entry, new Entry("budget"));

        var candidates = sut.Candidates([topic], 0.75);

        Assert.NotNull(candidates);
        Assert.Contains(entry, candidates);
    }

    [Fact]
    public void Candidates_CoverageThatAllowsMissingEveryWord_ReturnsNull()
    {
        var sut = Postings(new Entry("budget"), new Entry("foster"));

        Assert.Null(sut.Candidates(["budget", "foster"], 0.0));
    }

    [Fact]
    public void Candidates_AnyTopic_HoldsEveryFactThatCoverageWouldPass()
    {
        Entry[] entries =
        [
            new("budget", "monitor", "report"), new("foster", "report"), new("safeguarding", "children"),
            new("school", "exclusions", "report"), new("budget", "school"), new("children", "foster", "carers"),
        ];
        var sut = Postings(entries);
        string[][] topics = [["budget", "report"], ["foster", "carer", "report"], ["school", "exclusion", "budget", "report"], ["safeguard"]];

        foreach (var topic in topics)
        {
            foreach (var minCoverage in new[] { 0.5, 0.6, 0.75, 1.0 })
            {
                var weights = topic.ToDictionary(s => s, _ => 1.0);
                var candidates = sut.Candidates(topic, minCoverage);
                var passing = entries.Where(e => CoverageCalculator.Coverage(weights, e.Stems) >= minCoverage).ToList();
                Assert.All(passing, e => Assert.True(candidates is null || candidates.Contains(e), $"{string.Join(' ', topic)} at {minCoverage}"));
            }
        }
    }

    private static FactTopicPostings<Entry> Postings(params Entry[] entries) => new(entries, e => e.Stems);

    private sealed class Entry(params string[] stems)
    {
        public StemSet Stems { get; } = new(stems);
    }
}
