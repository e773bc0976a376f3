using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval.QueryUnderstanding;

public sealed class DateExpressionParserTests
{
    [Theory]
    [InlineData("what time does the 15 Jan meeting start?", null, 1, 15)]
    [InlineData("who came on 3rd of March 2023?", 2023, 3, 3)]
    [InlineData("minutes from 13 November 2024", 2024, 11, 13)]
    [InlineData("anything on 15/01/2025?", 2025, 1, 15)]
    [InlineData("anything on 2025-01-15?", 2025, 1, 15)]
    [InlineData("total investments as at end of Sept 24?", 2024, 9, null)]
    [InlineData("the Jan 25 report", 2025, 1, null)]
    [InlineData("who chaired the group on 14 nov 24?", 2024, 11, 14)]
    [InlineData("the 3rd March '25 meeting", 2025, 3, 3)]
    [InlineData("As of 31 st March 2021, 684 children were in care", 2021, 3, 31)]
    [InlineData("on 14 Nov 10am", null, 11, 14)]
    [InlineData("what happened on Jan 29?", null, 1, 29)]
    [InlineData("the meeting of March 13", null, 3, 13)]
    [InlineData("what happened on July 4th?", null, 7, 4)]
    [InlineData("what was agreed in November 2024", 2024, 11, null)]
    [InlineData("the January meeting", null, 1, null)]
    [InlineData("what's on the forward plan for Sept", null, 9, null)]
    [InlineData("recommendations made in 2021", 2021, null, null)]
    [InlineData("what time does full council kick off on 13/2?", null, 2, 13)]
    public void Parse_QuestionNamingADate_ReturnsItsParts(string question, int? year, int? month, int? day)
    {
        var sut = DateExpressionParser.Parse(question);

        var mention = Assert.Single(sut);
        Assert.Equal((year, month, day), (mention.Year, mention.Month, mention.Day));
    }

    [Theory]
    [InlineData("may I ask who chaired?")]
    [InlineData("will they march on with the plan?")]
    [InlineData("what did the 20 weeks target say?")]
    [InlineData("how many foster carers are there?")]
    [InlineData("what was the overspend in 24/25?")]
    [InlineData("did it start at 9.30 or 10/11 of the way through?")]
    [InlineData("is it 3/4 of the budget?")]
    [InlineData("did they pay 1/3 of the cost?")]
    public void Parse_NoDateInQuestion_ReturnsNothing(string question)
    {
        Assert.Empty(DateExpressionParser.Parse(question));
    }

    [Fact]
    public void Parse_TwoMonthsWithYears_ReturnsBothInOrder()
    {
        var sut = DateExpressionParser.Parse("who chaired in Dec 2020 and Feb 2021?");

        Assert.Equal([(2020, 12), (2021, 2)], sut.Select(m => (m.Year!.Value, m.Month!.Value)).ToList());
    }

    [Theory]
    [InlineData("who chaired the last meeting?", RelativeMeeting.Last)]
    [InlineData("what was decided at the previous meeting", RelativeMeeting.Last)]
    [InlineData("when is the next meeting?", RelativeMeeting.Next)]
    [InlineData("what is on the agenda?", RelativeMeeting.None)]
    public void ParseRelative_Question_ReturnsRelativeMeeting(string question, RelativeMeeting expected)
    {
        Assert.Equal(expected, DateExpressionParser.ParseRelative(question));
    }

    [Fact]
    public void IsCompatibleWith_DayMonthAgainstFullDate_Matches()
    {
        var sut = new DateMention(null, 1, 15, "15 Jan");

        Assert.True(sut.IsCompatibleWith(new DateMention(2025, 1, 15, "15 January 2025")));
        Assert.False(sut.IsCompatibleWith(new DateMention(2025, 1, 16, "16 January 2025")));
    }

    [Fact]
    public void Range_MonthAndYear_CoversTheWholeMonth()
    {
        var sut = new DateMention(2024, 2, null, "February 2024");

        Assert.Equal((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29)), sut.Range);
    }

    [Theory]
    [InlineData("March", true)]
    [InlineData("Sept", true)]
    [InlineData("Dec", true)]
    [InlineData("Margate", false)]
    [InlineData("Martin", false)]
    [InlineData("decision", false)]
    public void IsMonthName_WholeNamesAndShortFormsOnly(string word, bool expected) =>
        Assert.Equal(expected, DateExpressionParser.IsMonthName(word));
}
