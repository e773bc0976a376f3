using ScrutinyBot.Core.Answering.Extractive;

namespace ScrutinyBot.Core.Tests.Answering.Extractive;

/// <summary>Years as the stretches of time they cover.</summary>
public sealed class YearSpansTests
{
    [Theory]
    [InlineData("2020/21", "2021/22", false)] // successive financial years
    [InlineData("2020/21", "2021", true)] // a calendar year runs into both financial years it touches
    [InlineData("2021-22", "2022", true)]
    [InlineData("2025-28", "2026-27", true)] // a plan's years hold each financial year in them
    [InlineData("2025-28", "2029", false)]
    [InlineData("2024", "2025", false)]
    [InlineData("2020/21", "2020/21", true)]
    public void Overlaps_ComparesTheTimeCovered(string first, string second, bool expected) =>
        Assert.Equal(expected, YearSpans.In(first).Any(a => YearSpans.In(second).Any(a.Overlaps)));

    [Fact]
    public void In_AFinancialYear_IsOneSpanNotTwoYears() =>
        Assert.Single(YearSpans.In("Annual Report 2020/21"));

    [Fact]
    public void In_NoYear_IsEmpty() =>
        Assert.Empty(YearSpans.In("Annual Report, £2000 and 5.2000%"));
}
