using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Tests.Retrieval;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

public sealed class NamedInPassageTests
{
    private const string Question = "how many people filled in the questionnaire for the Seashells and Millmead family hub consultation?";

    private static ScoredPassage Passage(long id, string text, string source = "decision.pdf") =>
        new(new SearchHit(id, FakeSearchIndex.Chunk(text, source), 1), 1, 1);

    private static AnswerUnit Unit(ScoredPassage passage) =>
        new(passage, 0, passage.Hit.Chunk.Text, 1, CoverageCalculator.Stems(passage.Hit.Chunk.Text), true);

    private static readonly ScoredPassage Count = Passage(11, "5.6 A total of 1,016 formal questionnaires were returned in response to the consultation.");

    [Fact]
    public void AllNamedBeside_NamesInTheParagraphBeforeInThePaper_Count()
    {
        var named = Passage(10, "The consultation was publicised locally at both Millmead and Seashells, directly to service users.");

        Assert.True(new NamedInPassage(QueryAnalyzer.Analyze(Question, new CommitteeRecognizer([])), [Count, named]).AllNamedBeside(Unit(Count)));
    }

    [Theory]
    [InlineData(1L, "decision.pdf")] // far back in the paper
    [InlineData(12L, "decision.pdf")] // after it: the paper goes on to something else
    [InlineData(10L, "other.pdf")] // another paper
    public void AllNamedBeside_NamesFarOffAfterOrInAnotherPaper_DoNotCount(long id, string source)
    {
        var named = Passage(id, "The consultation was publicised locally at both Millmead and Seashells, directly to service users.", source);

        Assert.False(new NamedInPassage(QueryAnalyzer.Analyze(Question, new CommitteeRecognizer([])), [Count, named]).AllNamedBeside(Unit(Count)));
    }
}
