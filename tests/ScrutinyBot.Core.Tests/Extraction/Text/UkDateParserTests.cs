using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Tests.Extraction.Text;

public sealed class UkDateParserTests
{
    [Theory]
    [InlineData("Date: Wednesday, 15 January 2025", 2025, 1, 15)]
    [InlineData("on 15th January 2025 at noon", 2025, 1, 15)]
    [InlineData("Meeting Date 15 th January 2024", 2024, 1, 15)]
    [InlineData("emailed to Members on 20/12/24.", 2024, 12, 20)]
    [InlineData("Date: 27.09.22", 2022, 9, 27)]
    [InlineData("held on 13 November 2024 from 9.31 am", 2024, 11, 13)]
    [InlineData("the 3rd of March, 2023", 2023, 3, 3)]
    public void FindFirst_UkFormats_ReturnsDate(string text, int year, int month, int day)
    {
        var date = UkDateParser.FindFirst(text);

        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("an overspend of £2.5 million")]
    [InlineData("timeliness was 81.5% in 23/24")]
    [InlineData("31 February 2024")]
    public void FindFirst_NotADate_ReturnsNull(string text)
    {
        Assert.Null(UkDateParser.FindFirst(text));
    }

    [Fact]
    public void FindMonth_MonthAndYear_ReturnsFirstOfMonth()
    {
        var match = UkDateParser.FindMonth("December 2022 - Careers Hub");

        Assert.Equal(new DateOnly(2022, 12, 1), match?.Date);
    }

    [Theory]
    [InlineData("27 Feb 25", 2025, 2, 27)]
    [InlineData("3rd March 24", 2024, 3, 3)]
    [InlineData("27/02/25", 2025, 2, 27)]
    public void FindInCell_ADateAloneWithItsYearShort_IsThatDate(string cell, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), UkDateParser.FindInCell(cell));

    [Theory]
    [InlineData("On 5 May 20 members attended.")]
    [InlineData("5 May 20 members")]
    public void FindInCell_AShortYearInRunningText_IsNoDate(string text)
    {
        Assert.Null(UkDateParser.FindInCell(text));
        Assert.Null(UkDateParser.FindFirst(text));
    }

    [Theory]
    [InlineData("Thursday, 23 January 2025 at City Hall, Bradford.", true)]
    [InlineData("14 Jan 2025", true)]
    [InlineData("Chair's briefing 09/01/2025. Report deadline 09/01/2025.", false)]
    [InlineData("No dates here", false)]
    public void FindLeading_LineOpeningWithADate_FindsItOnlyThere(string text, bool found) =>
        Assert.Equal(found, UkDateParser.FindLeading(text) is not null);
}
