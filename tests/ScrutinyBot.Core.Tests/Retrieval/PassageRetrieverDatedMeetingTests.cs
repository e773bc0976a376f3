using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval;

public sealed class PassageRetrieverDatedMeetingTests
{
    private static async Task<DateOnly?> BestMeetingAsync(string question)
    {
        var index = new FakeSearchIndex(
            FakeSearchIndex.Chunk("In January 2024 the committee heard which areas the Ofsted monitoring visits had covered.", source: "later.pdf", meetingDate: new DateOnly(2025, 1, 15)),
            FakeSearchIndex.Chunk("The areas the Ofsted monitoring visits have covered are the Front Door, children in need and care leavers.", source: "january.pdf", meetingDate: new DateOnly(2024, 1, 24)));
        var retriever = new PassageRetriever(index, Options.Create(new RetrievalOptions()));

        var result = await retriever.RetrieveAsync(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([])), CancellationToken.None);

        return result.Passages[0].Hit.Chunk.MeetingDate;
    }

    [Fact]
    public async Task RetrieveAsync_DateNamingAPaper_PrefersThatMeetingsPapersToALaterOneRecallingTheMonth() =>
        Assert.Equal(new DateOnly(2024, 1, 24), await BestMeetingAsync("Going by the Jan 2024 improvement report, what areas had the Ofsted monitoring visits covered?"));

    [Fact]
    public async Task RetrieveAsync_DateOfWhatIsAsked_GivesThePaperOfThatMonthNoMorePreference() =>
        Assert.Equal(new DateOnly(2025, 1, 15), await BestMeetingAsync("what areas had the Ofsted monitoring visits covered by Jan 2024?"));

    [Fact]
    public async Task RetrieveAsync_PaperTitledWithTheNamedPeriod_ComesBeforeAnotherPaperOnTheSameWords()
    {
        var index = new FakeSearchIndex(
            FakeSearchIndex.Chunk("The underspend on home to school transport in the budget is carried forward.", source: "budget.pdf"),
            FakeSearchIndex.Chunk("The underspend on home to school transport comes from personal transport budgets.", source: "monitoring.pdf", meetingDate: new DateOnly(2025, 1, 30))
                with { Paper = new CitedPaper("Budget Monitoring Report \u2013 November 2024-25 \u2014 Cabinet, 30 January 2025", "pdf", "monitoring.pdf") });
        var retriever = new PassageRetriever(index, Options.Create(new RetrievalOptions()));

        var result = await retriever.RetrieveAsync(QueryAnalyzer.Analyze("why is there an underspend on home to school transport in the November 2024 budget monitoring?", new CommitteeRecognizer([])), CancellationToken.None);

        Assert.Equal("monitoring.pdf", result.Passages[0].Hit.Chunk.Source);
    }
}
