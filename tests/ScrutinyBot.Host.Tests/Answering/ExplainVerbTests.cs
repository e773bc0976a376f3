using ScrutinyBot.Host.Tests.Ingestion;

namespace ScrutinyBot.Host.Tests.Answering;

public sealed class ExplainVerbTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "scrutinybot-host-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Explain_OverAnIngestedPaper_PrintsHowTheQuestionWasReadAndTheRankedPassages()
    {
        var paper = Directory.GetFiles(IngestionVerbsTests.SamplesFolder(), "000_*.txt").Single();
        var data = Path.Combine(_folder, "data");
        var (ingestCode, _, ingestErrors) = await HostProcess.RunAsync(data, string.Empty, "ingest", paper);
        Assert.True(ingestCode == 0, ingestErrors);

        var (code, output, errors) = await HostProcess.RunAsync(data, string.Empty, "explain", "can you tell me who the independent scrutineer is?");

        Assert.True(code == 0, errors);
        Assert.Contains("intent: Person", output, StringComparison.Ordinal);
        Assert.Contains("scrutineer", output, StringComparison.Ordinal);
        Assert.DoesNotContain("search terms: can", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^ 1\. score \d+\.\d{3} coverage", output);
        Assert.Contains("Children and Young People Scrutiny Committee 2024-11-13 Minutes", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^best sentences \(score, passage\):\n  \d+\.\d{3} #\d+ \S", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Explain_NoQuestion_FailsWithUsage()
    {
        var (code, _, errors) = await HostProcess.RunAsync(Path.Combine(_folder, "data"), string.Empty, "explain");

        Assert.Equal(2, code);
        Assert.Contains("explain \"", errors, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the temp cleaner; no test depends on it.
        }
    }
}
