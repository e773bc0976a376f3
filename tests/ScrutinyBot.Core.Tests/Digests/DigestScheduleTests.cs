using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Core.Tests.Digests;

public sealed class DigestScheduleTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public void NextAfter_DailyAcrossSpringClockChange_StaysNineLocal()
    {
        var sut = new DigestSchedule(DigestCadence.Daily, new TimeOnly(9, 0), null, null);

        var saturday = sut.NextAfter(new DateTimeOffset(2026, 3, 28, 0, 0, 0, TimeSpan.Zero), London)!.Value;
        var sunday = sut.NextAfter(saturday, London)!.Value;
        var monday = sut.NextAfter(sunday, London)!.Value;

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 9, 0, 0, TimeSpan.Zero), saturday);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 8, 0, 0, TimeSpan.Zero), sunday);
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 8, 0, 0, TimeSpan.Zero), monday);
        Assert.Equal(TimeSpan.FromHours(23), sunday - saturday);
    }

    [Fact]
    public void NextAfter_DailyAcrossAutumnClockChange_StaysNineLocal()
    {
        var sut = new DigestSchedule(DigestCadence.Daily, new TimeOnly(9, 0), null, null);

        var saturday = sut.NextAfter(new DateTimeOffset(2026, 10, 24, 0, 0, 0, TimeSpan.Zero), London)!.Value;
        var sunday = sut.NextAfter(saturday, London)!.Value;

        Assert.Equal(new DateTimeOffset(2026, 10, 24, 8, 0, 0, TimeSpan.Zero), saturday);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 9, 0, 0, TimeSpan.Zero), sunday);
        Assert.Equal(TimeSpan.FromHours(25), sunday - saturday);
    }

    [Fact]
    public void NextAfter_MonthlyOnThe31st_RunsOnLastDayOfShorterMonths()
    {
        var sut = new DigestSchedule(DigestCadence.Monthly, new TimeOnly(9, 0), null, 31);
        var occurrences = new List<DateTime>();
        var cursor = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 5; i++)
        {
            cursor = sut.NextAfter(cursor, London)!.Value;
            occurrences.Add(TimeZoneInfo.ConvertTime(cursor, London).DateTime);
        }

        Assert.Equal(
            [new DateTime(2026, 1, 31, 9, 0, 0), new DateTime(2026, 2, 28, 9, 0, 0), new DateTime(2026, 3, 31, 9, 0, 0),
             new DateTime(2026, 4, 30, 9, 0, 0), new DateTime(2026, 5, 31, 9, 0, 0)],
            occurrences);
    }

    [Fact]
    public void NextAfter_MonthlyOnThe30thInLeapFebruary_RunsOnThe29th()
    {
        var sut = new DigestSchedule(DigestCadence.Monthly, new TimeOnly(9, 0), null, 30);

        var next = sut.NextAfter(new DateTimeOffset(2028, 2, 1, 0, 0, 0, TimeSpan.Zero), London)!.Value;

        Assert.Equal(new DateTimeOffset(2028, 2, 29, 9, 0, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void NextAfter_WeeklyOnWednesday_NextWednesday()
    {
        var sut = new DigestSchedule(DigestCadence.Weekly, new TimeOnly(17, 30), DayOfWeek.Wednesday, null);

        var next = sut.NextAfter(new DateTimeOffset(2025, 1, 15, 18, 0, 0, TimeSpan.Zero), London)!.Value;

        Assert.Equal(new DateTimeOffset(2025, 1, 22, 17, 30, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void LatestBetween_FiveDaysMissed_OnlyTheLatestOccurrence()
    {
        var sut = new DigestSchedule(DigestCadence.Daily, new TimeOnly(9, 0), null, null);
        var lastRun = new DateTimeOffset(2025, 1, 10, 9, 0, 0, TimeSpan.Zero);

        var latest = sut.LatestBetween(lastRun, new DateTimeOffset(2025, 1, 15, 12, 0, 0, TimeSpan.Zero), London);
        var none = sut.LatestBetween(lastRun, lastRun.AddHours(23), London);

        Assert.Equal(new DateTimeOffset(2025, 1, 15, 9, 0, 0, TimeSpan.Zero), latest);
        Assert.Null(none);
    }

    [Fact]
    public void LatestBetween_ExactlyAtOccurrence_Included()
    {
        var sut = new DigestSchedule(DigestCadence.Monthly, new TimeOnly(9, 0), null, 31);
        var feb28 = new DateTimeOffset(2026, 2, 28, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(feb28, sut.LatestBetween(feb28.AddDays(-20), feb28, London));
    }
}
