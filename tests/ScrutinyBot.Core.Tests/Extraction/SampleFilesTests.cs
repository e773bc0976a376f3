using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Tests.Extraction;

/// <summary>Aggregate behaviour over the real council papers shipped in samples/.</summary>
public sealed class SampleFilesTests
{
    private static ExtractionResult Extract(string prefix)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        var file = Directory.GetFiles(Path.Combine(dir.FullName, "samples"), prefix + "_*.txt").Single();
        var pages = File.ReadAllText(file).Split('\f').Select((t, i) => new PageText(i + 1, t)).ToList();
        return ExtractorFactory.Create().Extract(Path.GetFileName(file), pages);
    }

    [Fact]
    public void Extract_PackWithTracker_FindsEveryRecommendationOfAMeetingWithDeadlines()
    {
        var recs = Extract("000").Facts.Recommendations;

        var july = recs.Where(r => r.MeetingDate == new DateOnly(2024, 7, 10)).ToList();
        Assert.Equal(8, july.Count);
        Assert.Equal(["1", "2", "3", "4", "5"], july.Where(r => r.Topic == "Priority Education Investment").Select(r => r.Number));
        Assert.All(july, r => Assert.Equal(new DateOnly(2024, 9, 12), r.Deadline));
        Assert.Equal(ResponseStatus.None, july.Single(r => r.Topic == "Priority Education Investment" && r.Number == "5").ResponseStatus);
        Assert.Equal(8, recs.Count(r => r.MeetingDate == new DateOnly(2024, 9, 11)));
    }

    [Fact]
    public void Extract_MinutesWithNumberedResolutions_ReadsEveryResolvedItem()
    {
        var facts = Extract("002").Facts;

        var feb = facts.Resolutions.Where(r => r.MeetingDate == new DateOnly(2024, 2, 5)).ToList();
        Assert.Equal(8, feb.Select(r => r.Reference).Where(r => r is not null).Distinct().Count());
        Assert.Contains(feb, r => r.Reference == "2024/003" && r.Text.Contains("15 hours", StringComparison.Ordinal));
        var meeting = facts.Meetings.Single(m => m.Date == new DateOnly(2024, 2, 5));
        Assert.Equal((new TimeOnly(10, 30), new TimeOnly(13, 18)), (meeting.Start, meeting.End));
    }

    [Fact]
    public void Extract_EverySample_FindsAMeetingAndNoUndatedParts()
    {
        foreach (var prefix in new[] { "000", "001", "002", "003", "004" })
        {
            var result = Extract(prefix);

            Assert.NotEmpty(result.Facts.Meetings);
            Assert.All(result.Parts, p => Assert.NotNull(p.MeetingDate));
        }
    }
}
