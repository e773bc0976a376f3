using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Core.Tests.Digests;

public sealed class SubscriptionRequestParserTests
{
    [Fact]
    public void TryParse_Empty_DailyAtNineForAllCommittees()
    {
        Assert.True(SubscriptionRequestParser.TryParse("", out var request, out _));

        Assert.Equal(DigestSchedule.Default, request.Schedule);
        Assert.Empty(request.Committees);
    }

    [Fact]
    public void TryParse_WeeklyAtOnWithCommittees_ReadsEverything()
    {
        Assert.True(SubscriptionRequestParser.TryParse("weekly at 17:30 on Friday CYP, Children and Families", out var request, out _));

        Assert.Equal(new DigestSchedule(DigestCadence.Weekly, new TimeOnly(17, 30), DayOfWeek.Friday, null), request.Schedule);
        Assert.Equal(["CYP", "Children and Families"], request.Committees);
    }

    [Fact]
    public void TryParse_MonthlyOnThe31st_DayOfMonth()
    {
        Assert.True(SubscriptionRequestParser.TryParse("Monthly on the 31st at 8am", out var request, out _));

        Assert.Equal(new DigestSchedule(DigestCadence.Monthly, new TimeOnly(8, 0), null, 31), request.Schedule);
    }

    [Fact]
    public void TryParse_WeekdayWithoutCadence_Weekly()
    {
        Assert.True(SubscriptionRequestParser.TryParse("on mon", out var request, out _));

        Assert.Equal(new DigestSchedule(DigestCadence.Weekly, new TimeOnly(9, 0), DayOfWeek.Monday, null), request.Schedule);
    }

    [Theory]
    [InlineData("daily at 25:00")]
    [InlineData("at 9:75")]
    [InlineData("monthly on the 32nd")]
    [InlineData("daily on monday")]
    public void TryParse_BadInput_OneClearError(string arguments)
    {
        Assert.False(SubscriptionRequestParser.TryParse(arguments, out _, out var error));
        Assert.False(string.IsNullOrWhiteSpace(error));
    }
}
