using ScrutinyBot.Teams.App;

namespace ScrutinyBot.Teams.Tests.App;

public sealed class UkDateTests
{
    [Theory]
    [InlineData("15 January 2025")]
    [InlineData("15th January 2025")]
    [InlineData("15 Jan 2025")]
    [InlineData("15/01/2025")]
    [InlineData("15/1/2025")]
    [InlineData("2025-01-15")]
    [InlineData("Wednesday 15 January 2025")]
    [InlineData("Wednesday, 15 January 2025")]
    [InlineData(" 15  January 2025? ")]
    public void TryParse_UkForms_ReadsDayFirst(string text)
    {
        Assert.True(UkDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2025, 1, 15), date);
    }

    [Fact]
    public void TryParse_Slashes_AreDayThenMonth()
    {
        Assert.True(UkDate.TryParse("03/04/2025", out var date));
        Assert.Equal(new DateOnly(2025, 4, 3), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("sometime")]
    [InlineData("31/02/2025")]
    [InlineData("01/15/2025")]
    public void TryParse_NotADate_ReturnsFalse(string? text)
    {
        Assert.False(UkDate.TryParse(text, out _));
    }

    [Fact]
    public void Format_Date_WritesDayMonthNameYear()
    {
        Assert.Equal("3 April 2025", UkDate.Format(new DateOnly(2025, 4, 3)));
    }
}
