using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Tests.Retrieval;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

/// <summary>Which years a question asks about, and whether a text speaks of another.</summary>
public sealed class FigureYearsTests
{
    [Theory]
    [InlineData("what did Cabinet agree on 30 January 2025 about the budget?", "Cabinet agreed the 2024-25 outturn.", false)]
    [InlineData("what happened to the budget in 2025?", "Cabinet agreed the 2024-25 outturn.", true)]
    [InlineData("what happened to the budget in 2025?", "Cabinet agreed the budget in 2025.", false)]
    [InlineData("what happened to the budget in the 2025-26 year?", "Cabinet agreed the budget in March 2026.", false)]
    [InlineData("what happened to the budget in 2025?", "RESOLVED (2024/001) That the budget be noted.", false)] // a resolution's number, not a year
    [InlineData("what happened to the budget in 2025?", "RESOLVED in 2024 that the budget be noted.", true)]
    public void SpeaksOfAnotherYear_OnlyYearsAskedAbout_Count(string question, string text, bool expected) =>
        Assert.Equal(expected, FigureYears.SpeaksOfAnotherYear(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([])), text));

    [Theory]
    [InlineData("KCP 2025-29 - in which year did Kent's births peak and what was the number?", new int[0])]
    [InlineData("what year did the number of EHCPs peak in the 2024 report?", new int[0])]
    [InlineData("how many births were there in 2012?", new[] { 2012 })]
    [InlineData("what was the 2025-26 net budget?", new[] { 2025, 2026 })]
    public void AskedYears_AQuestionAskingWhichYear_TakesTheYearFromThePapers(string question, int[] expected) =>
        Assert.Equal(expected, FigureYears.AskedYears(QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]))).Order());

    [Theory]
    [InlineData("how many enquiries did the MASH get in 2021/22?", "Annual Report 2020/21", true)]
    [InlineData("how many enquiries did the MASH get in 2020/21?", "Annual Report 2020/21", false)]
    [InlineData("how many enquiries did the MASH get in 2021?", "Annual Report 2020/21", false)] // 2021 runs into 2020/21
    [InlineData("how many enquiries did the MASH get in 2021/22?", "Minutes, 27 January 2022", false)] // a meeting's date, not the paper's year
    [InlineData("how many enquiries did the MASH get?", "Annual Report 2020/21", false)]
    public void DatedByItsPaper_AFigureTheTextDoesNotDate_TakesItsTitlesYear(string question, string partTitle, bool expected)
    {
        var chunk = FakeSearchIndex.Chunk("The number of enquiries made to the MASH in this year was 19,756.") with { PartTitle = partTitle };
        var unit = new AnswerUnit(new ScoredPassage(new SearchHit(1, chunk, 1), 1, 1), 0, chunk.Text, 1, CoverageCalculator.Stems(chunk.Text), true);
        Assert.Equal(expected, FigureYears.DatedByItsPaper(unit, [], QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]))));
    }

    [Fact]
    public void DatedByItsPaper_AFigureItsSentenceDates_KeepsItsOwnYear()
    {
        var chunk = FakeSearchIndex.Chunk("In 2021/22 the MASH received 21,000 enquiries.") with { PartTitle = "Annual Report 2020/21" };
        var unit = new AnswerUnit(new ScoredPassage(new SearchHit(1, chunk, 1), 1, 1), 0, chunk.Text, 1, CoverageCalculator.Stems(chunk.Text), true);
        Assert.False(FigureYears.DatedByItsPaper(unit, [], QueryAnalyzer.Analyze("how many enquiries did the MASH get in 2021/22?", new CommitteeRecognizer([]))));
    }

    [Theory]
    [InlineData("how many Year 7 places were in the Commissioning Plan 2024-28?", "Commissioning Plan 2025-29", "A total of 810 temporary Year 7 places.", true)]
    [InlineData("how many Year 7 places were in the Commissioning Plan 2024-28?", "Commissioning Plan 2024-28", "A total of 810 temporary Year 7 places.", false)]
    [InlineData("how many Year 7 places were in the Commissioning Plan 2024-28?", "Commissioning Plan 2025-29", "The 2024-28 plan set out 640 places.", false)] // the text names the period asked
    [InlineData("how many Year 7 places were planned for 2025-26?", "Commissioning Plan 2025-29", "A total of 810 temporary Year 7 places.", false)] // a year, not a plan's period
    public void OfAnotherPlanPeriod_APaperTitledWithAnotherPeriod_IsAnotherEdition(string question, string partTitle, string text, bool expected)
    {
        var chunk = FakeSearchIndex.Chunk(text) with { PartTitle = partTitle };
        var unit = new AnswerUnit(new ScoredPassage(new SearchHit(1, chunk, 1), 1, 1), 0, chunk.Text, 1, CoverageCalculator.Stems(chunk.Text), true);
        Assert.Equal(expected, FigureYears.OfAnotherPlanPeriod(unit, QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]))));
    }

    [Theory]
    [InlineData("What was the pension fund deficit valued at as at 31 March 2023?", "the pension fund deficit (valued at £34.8m as at 31.03.24)", true)]
    [InlineData("What was the pension fund deficit valued at as at 31 March 2024?", "the pension fund deficit (valued at £34.8m as at 31.03.24)", false)]
    [InlineData("What was the pension fund deficit as at 31 March 2023?", "the pension fund deficit is valued at £34.8m", false)] // dated by no day
    [InlineData("what rate was the call account paying at 30 Sept 2024?", "Call Account Testbank plc 5,000,000 4.64% 25/11/24", false)] // an end date, not when the rate stood
    [InlineData("how many children were in care at 31 March 2021?", "As of 31 st March 2021, 684 children were in care compared with 656 on the same date in 2020.", false)]
    [InlineData("what was the deficit reported at the 31 March 2023 meeting?", "the deficit was £34.8m as at 31.03.24", false)] // the day names a meeting
    public void AtAnotherDay_AFigureStatedAtOtherDays_IsNotTheDayAsked(string question, string text, bool expected) =>
        Assert.Equal(expected, FigureYears.AtAnotherDay(text, QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]))));

    [Theory]
    [InlineData("how many enquiries did the MASH get in 2021/22?", "In 2020/21 demand fell.", true)]
    [InlineData("how many enquiries did the MASH get in 2021/22?", "In 2021/22 demand rose.", false)]
    [InlineData("how many enquiries did the MASH get in 2021?", "In 2020/21 demand fell.", false)]
    public void DatedByTheSentencesBefore_SuccessiveFinancialYears_Differ(string question, string before, bool expected)
    {
        var analysis = QueryAnalyzer.Analyze(question, new CommitteeRecognizer([]));
        var chunk = FakeSearchIndex.Chunk("The MASH received 19,756 enquiries.");
        var unit = new AnswerUnit(new ScoredPassage(new SearchHit(1, chunk, 1), 1, 1), 1, chunk.Text, 1, CoverageCalculator.Stems(chunk.Text), true);
        Assert.Equal(expected, FigureYears.DatedByTheSentencesBefore(unit, [before], FigureYears.AskedYears(analysis), analysis));
    }
}
