using ScrutinyBot.Core.Diagnostics;
using ScrutinyBot.Host.Answering;

namespace ScrutinyBot.Host.Tests.Answering;

public sealed class BenchStagesTests
{
    [Fact]
    public async Task WriteAsync_StagesTimedPerQuestion_ReportsEachStageKindAndSlowestQuestion()
    {
        using var sut = new BenchStages();
        using (AnswerStages.Start("test.keywords"))
        {
        }

        sut.Record(new BenchQuestion("what was said about fostering?", "what was said about {0}?"), 12, 8, answered: true);
        using (AnswerStages.Start("test.resolutions"))
        {
        }

        sut.Record(new BenchQuestion("what was agreed on fostering?", "what was agreed on {0}?"), 30, 25, answered: false);
        using var output = new StringWriter();

        await sut.WriteAsync(output);

        var text = output.ToString();
        Assert.Contains("test.keywords", text, StringComparison.Ordinal);
        Assert.Contains("test.resolutions", text, StringComparison.Ordinal);
        Assert.Contains("what was agreed on {0}?", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("cpu   25.0", StringComparison.Ordinal) < text.IndexOf("cpu    8.0", StringComparison.Ordinal), text);
    }

    [Fact]
    public async Task WriteAsync_StagesOfTheSkippedColdQuestion_NotCounted()
    {
        using var sut = new BenchStages();
        using (AnswerStages.Start("test.cold"))
        {
        }

        sut.Skip();
        sut.Record(new BenchQuestion("where was the meeting?", "where was {0}?"), 1, 1, answered: true);
        using var output = new StringWriter();

        await sut.WriteAsync(output);

        Assert.DoesNotContain("test.cold", output.ToString(), StringComparison.Ordinal);
    }
}
