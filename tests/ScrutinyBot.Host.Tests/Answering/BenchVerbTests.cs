using System.Text.RegularExpressions;
using ScrutinyBot.Host.Tests.Ingestion;

namespace ScrutinyBot.Host.Tests.Answering;

public sealed partial class BenchVerbTests
{
    [Fact]
    public async Task Bench_TwoCopiesFiveQuestions_PrintsThroughputLatencyAndMemory()
    {
        using var sut = new IngestionHostFactory();

        var (code, output) = await sut.RunAsync("bench", "--copies", "2", "--questions", "5", "--samples", IngestionVerbsTests.SamplesFolder());

        Assert.True(code == 0, output);
        Assert.Matches(CorpusLine(), output);
        Assert.Matches(IngestLine(), output);
        Assert.Matches(AnswersLine(), output);
        Assert.Matches(MemoryLine(), output);
    }

    [GeneratedRegex(@"(?m)^bench: 2 copies of .+ \([\d.]+ MB\)")]
    private static partial Regex CorpusLine();

    [GeneratedRegex(@"(?m)^ingest: added 10, replaced 0, skipped 0, failed 0 in [\d.]+ s = [\d.]+ files/s, [\d.]+ MB/s$")]
    private static partial Regex IngestLine();

    [GeneratedRegex(@"(?m)^answers: 5 questions \(\d answered\), first \(cold\) \d+ ms, p50 [\d.]+ ms, p95 [\d.]+ ms, max [\d.]+ ms$")]
    private static partial Regex AnswersLine();

    [GeneratedRegex(@"(?m)^memory: peak working set \d+ MB, managed heap now \d+ MB$")]
    private static partial Regex MemoryLine();
}
