using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

/// <summary>The cheap test before parsing a text's dates must never turn away a text that writes the date.</summary>
public sealed class DateMentionWrittenTests
{
    [Theory]
    [InlineData("Revenue and Capital Budget Monitoring Report – November 2024-25")]
    [InlineData("The meeting was held on 30/11/2024.")]
    [InlineData("NOV 2024 update")]
    [InlineData("the report of 2024-11-30")]
    public void MayBeWrittenIn_TextWritingTheMonth_IsTrueAndTheTextMentionsIt(string text)
    {
        var mention = new DateMention(2024, 11, null, "November 2024");
        var analysis = QueryAnalyzer.Analyze("what did the November 2024 budget monitoring say?", new CommitteeRecognizer([]));

        Assert.True(mention.MayBeWrittenIn(text));
        Assert.True(analysis.MentionsQuestionDate(text));
    }

    [Theory]
    [InlineData("Treasury management strategy", false)]
    [InlineData("Capital strategy 2023/24", true)]
    [InlineData("Annual report of the partnership", false)]
    public void MayBeWrittenIn_YearAlone_NeedsItsDigits(string text, bool expected) =>
        Assert.Equal(expected, new DateMention(2024, null, null, "2024").MayBeWrittenIn(text));

    [Fact]
    public void MayBeWrittenIn_TextWithoutTheMonthInAnyForm_IsFalse() =>
        Assert.False(new DateMention(2024, 11, null, "November 2024").MayBeWrittenIn("Budget monitoring report – Quarter 3 2024"));
}
