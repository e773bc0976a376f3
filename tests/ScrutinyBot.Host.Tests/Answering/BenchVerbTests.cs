using System.Text.RegularExpressions;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
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
        Assert.Matches(CpuLine(), output);
        Assert.Matches(LoadLine(), output);
    }

    [Fact]
    public async Task Bench_WarmupTwo_SaysItWarmedUpWithTwoQuestionsBeforeTiming()
    {
        using var sut = new IngestionHostFactory();

        var (code, output) = await sut.RunAsync("bench", "--copies", "1", "--questions", "2", "--warmup", "2", "--samples", IngestionVerbsTests.SamplesFolder());

        Assert.True(code == 0, output);
        Assert.Contains(", then 2 warm-up questions as the served bot asks itself at start (", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bench_PdfSamplesFolder_IngestsOnceAndPrintsPagesPerSecondNextToPdftotext()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bench-pdfs-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder, "minutes.pdf"), MinutesPdf("Minutes of the Scrutiny Committee held on 15 January 2025"));
            await File.WriteAllBytesAsync(Path.Combine(folder, "agenda.pdf"), MinutesPdf("Agenda for the Scrutiny Committee on 12 February 2025"));
            using var sut = new IngestionHostFactory();

            var (code, output) = await sut.RunAsync("bench", "--copies", "3", "--questions", "2", "--samples", folder);

            Assert.True(code == 0, output);
            Assert.Matches(PdfCorpusLine(), output);
            Assert.Matches(PdfIngestLine(), output);
            Assert.Matches(PagesLine(), output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static byte[] MinutesPdf(string title)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var page = 1; page <= 2; page++)
        {
            var pdfPage = builder.AddPage(PageSize.A4);
            pdfPage.AddText(title, 12, new PdfPoint(40, 780), font);
            pdfPage.AddText($"Item {page}: the committee noted the report on page {page}.", 11, new PdfPoint(40, 750), font);
        }

        return builder.Build();
    }

    [GeneratedRegex(@"(?m)^bench: 2 PDFs of .+ \([\d.]+ MB\) \(PDFs are ingested once: copies would be identical and skipped\) into ")]
    private static partial Regex PdfCorpusLine();

    [GeneratedRegex(@"(?m)^ingest: added 2, replaced 0, skipped 0, failed 0 in [\d.]+ s")]
    private static partial Regex PdfIngestLine();

    [GeneratedRegex(@"(?m)^pages: 4 pages, ours [\d.]+ pages/s, (?:pdftotext [\d.]+ pages/s \([\d.]+ s\) = [\d.]+x|pdftotext not installed)$")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"(?m)^bench: 2 copies of .+ \([\d.]+ MB\)")]
    private static partial Regex CorpusLine();

    [GeneratedRegex(@"(?m)^ingest: added 10, replaced 0, skipped 0, failed 0 in [\d.]+ s = [\d.]+ files/s, [\d.]+ MB/s$")]
    private static partial Regex IngestLine();

    [GeneratedRegex(@"(?m)^answers: 5 questions \(\d answered\), first \(cold\) \d+ ms, then \d+ warm-up questions as the served bot asks itself at start \(\d+ ms\), timed: p50 [\d.]+ ms, p95 [\d.]+ ms, max [\d.]+ ms$")]
    private static partial Regex AnswersLine();

    [GeneratedRegex(@"(?m)^memory: peak working set \d+ MB, managed heap now \d+ MB \(GC committed \d+ MB, live after a full collection \d+ MB\)$")]
    private static partial Regex MemoryLine();

    [GeneratedRegex(@"(?m)^load: (?:average [\d.]+ \(1 min\), [\d.]+ \(5 min\), [\d.]+ \(15 min\)|not known on this system;) ")]
    private static partial Regex LoadLine();

    [GeneratedRegex(@"(?m)^answers cpu: p50 [\d.]+ ms, p95 [\d.]+ ms of processor time per question$")]
    private static partial Regex CpuLine();
}
