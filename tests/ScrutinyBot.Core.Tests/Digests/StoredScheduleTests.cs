using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Core.Tests.Digests;

public sealed class StoredScheduleTests
{
    public static TheoryData<DigestSchedule, string, string, string?> Schedules => new()
    {
        { new DigestSchedule(DigestCadence.Daily, new TimeOnly(9, 0), null, null), "daily", "09:00", null },
        { new DigestSchedule(DigestCadence.Weekly, new TimeOnly(16, 30), DayOfWeek.Friday, null), "weekly", "16:30", "friday" },
        { new DigestSchedule(DigestCadence.Monthly, new TimeOnly(8, 5), null, 28), "monthly", "08:05", "28" },
    };

    [Theory]
    [MemberData(nameof(Schedules))]
    public void StoredForm_Schedule_IsWrittenAndReadBack(DigestSchedule schedule, string cadence, string at, string? day)
    {
        Assert.Equal((cadence, at, day), (StoredSchedule.Cadence(schedule), StoredSchedule.At(schedule), StoredSchedule.Day(schedule)));
        Assert.Equal(schedule, StoredSchedule.Read(cadence, at, day));
    }

    [Fact]
    public void Read_WeeklyWithoutADay_IsMonday() =>
        Assert.Equal(DayOfWeek.Monday, StoredSchedule.Read("Weekly", "09:00", null).Weekday);
}
