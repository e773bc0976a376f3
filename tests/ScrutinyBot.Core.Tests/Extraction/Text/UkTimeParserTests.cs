using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Tests.Extraction.Text;

public sealed class UkTimeParserTests
{
    [Theory]
    [InlineData("Time: 9.30 am", 9, 30)]
    [InlineData("Monday, 15 April 2024 at 10:30", 10, 30)]
    [InlineData("Time: 4pm", 16, 0)]
    [InlineData("commencing at 2.15 p.m.", 14, 15)]
    [InlineData("starting at noon", 12, 0)]
    [InlineData("HELD ON WEDNESDAY 15 JANUARY 2025 AT 1000 HOURS IN COMMITTEE ROOM 3", 10, 0)]
    [InlineData("commencing at 14.00 hrs", 14, 0)]
    [InlineData("to be held on Tuesday, 11 March 2025 at 1730 in Committee Room 1", 17, 30)] // the 24-hour clock in four figures
    public void FindFirst_CouncilStyles_ReturnsTime(string text, int hour, int minute)
    {
        Assert.Equal(new TimeOnly(hour, minute), UkTimeParser.FindFirst(text));
    }

    [Theory]
    [InlineData("on 13 November 2024 from 9.31 am to 12.03 pm", 9, 31, 12, 3)]
    [InlineData("on 28 June 2022 from 4.05 pm - 5.51 pm", 16, 5, 17, 51)]
    [InlineData("Monday, 24th November, 2025 6.00  - 8.20 pm", 18, 0, 20, 20)] // the start takes the end's half of the day
    [InlineData("10.30 - 12.15 pm", 10, 30, 12, 15)] // unless that would put it after the end
    [InlineData("12.00 - 2.00 pm", 12, 0, 14, 0)]
    public void FindSpan_FromTo_ReturnsStartAndEnd(string text, int h1, int m1, int h2, int m2)
    {
        var (start, end) = UkTimeParser.FindSpan(text);

        Assert.Equal(new TimeOnly(h1, m1), start);
        Assert.Equal(new TimeOnly(h2, m2), end);
    }

    [Theory]
    [InlineData("The meeting commenced at 10.00 am.", 10, 0)]
    [InlineData("The meeting started at 4.30 pm", 16, 30)]
    [InlineData("Commenced 4.00 pm", 16, 0)]
    [InlineData("Commenced 1730", 17, 30)]
    [InlineData("Began: 1800", 18, 0)]
    [InlineData("Duration of the meeting: 7.00 - 9.40 pm", 19, 0)]
    public void FindOpening_MeetingCommencedLine_ReturnsStart(string text, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), UkTimeParser.FindOpening(text));

    [Theory]
    [InlineData("The hub is aimed at 1200 homes in the ward.")] // four figures before what they count
    [InlineData("Grant of 1730 pounds")]
    public void FindFirst_FourFiguresThatCount_ReturnsNull(string text) =>
        Assert.Null(UkTimeParser.FindFirst(text));

    [Fact]
    public void FindOpening_ReconvenedOrAdjourned_ReturnsNull()
    {
        Assert.Null(UkTimeParser.FindOpening("The meeting reconvened at 11.15 am."));
        Assert.Null(UkTimeParser.FindOpening("The meeting adjourned at 11.00 am."));
    }

    [Theory]
    [InlineData("The Meeting started at 2.15 pm and finished at 4.52 pm", 16, 52)]
    [InlineData("The meeting terminated at 19:12", 19, 12)]
    [InlineData("Concluded 6.40 pm", 18, 40)]
    [InlineData("Concluded 1952", 19, 52)]
    [InlineData("Finished: 2115", 21, 15)]
    [InlineData("Duration of the meeting: 7.00 - 9.40 pm", 21, 40)]
    public void FindClosing_OtherCouncilsClosingLines_ReturnsEnd(string text, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), UkTimeParser.FindClosing(text));

    [Fact]
    public void FindClosing_LabelInsideASentence_ReturnsNull() =>
        Assert.Null(UkTimeParser.FindClosing("The consultation concluded 6.40 pm deadlines for responses."));

    [Fact]
    public void FindClosing_MeetingClosedLine_ReturnsEnd()
    {
        Assert.Equal(new TimeOnly(13, 18), UkTimeParser.FindClosing("Item 11 noted.\nThe meeting closed at 1:18pm."));
    }

    [Fact]
    public void FindFirst_PlainNumbers_ReturnsNull()
    {
        Assert.Null(UkTimeParser.FindFirst("There are 19 settings and 2024 figures"));
    }

    [Fact]
    public void FindClosing_TwentyFourHourClock_ReturnsEnd() =>
        Assert.Equal(new TimeOnly(12, 15), UkTimeParser.FindClosing("The meeting ended at 1215 hours."));

    [Theory]
    [InlineData("staff worked 10 hours of overtime")]
    [InlineData("a 24 hours service")]
    public void FindFirst_ADurationInHours_IsNoTime(string text) =>
        Assert.Null(UkTimeParser.FindFirst(text));

    [Fact]
    public void FindSpan_DecimalsBeforeATime_AreNoSpan() =>
        Assert.Equal((null, null), UkTimeParser.FindSpan("budget 14.50 - 3 pm"));
}
