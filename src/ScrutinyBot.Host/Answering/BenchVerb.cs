using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Ingestion;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Retrieval.Embeddings.MiniLM;
using ScrutinyBot.Core.Retrieval.Facts;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Host.Cli;
using ScrutinyBot.Host.Hosting;
using ScrutinyBot.Host.Ingestion;
using ScrutinyBot.Host.Retrieval;
using ScrutinyBot.Host.Sources;
using ScrutinyBot.Host.Storage;

namespace ScrutinyBot.Host.Answering;

/// <summary>`bench [--copies N] [--questions M] [--samples DIR]`: ingests N date-shifted copies of the sample papers
/// into a temporary store through the real pipeline, asks M questions drawn from what was ingested, and prints ingest
/// throughput, answer latency (p50/p95/max) and peak memory. A sample folder of PDFs is ingested as it is, once, and
/// its pages/s are printed next to poppler's pdftotext's on the same files.</summary>
public sealed class BenchVerb(IOptions<MiniLMOptions> localModel, IOptions<AnswerWarmupOptions> warmup, IServiceProvider hostServices) : ICliVerb, ICliVerbDefinition
{
    public string Name => "bench";

    public static Command CreateCommand() => new("bench", "Ingest copies of the sample papers into a temporary store and time ingest and answers (throughput, p50/p95/max latency, memory).")
    {
        new Option<string>("--copies") { Description = "Date-shifted copies of the samples to ingest (default 10)", HelpName = "N" },
        new Option<string>("--questions") { Description = "Questions to ask (default 200)", HelpName = "M" },
        new Option<string>("--warmup") { Description = "Questions answered before the timed ones, as the served bot warms up at start (default Answering:WarmupQuestions, 20; 0 times a bot that has not warmed up)", HelpName = "W" },
        new Option<string>("--samples") { Description = "Sample folder (default ./samples; a folder of PDFs is ingested once)", HelpName = "DIR" },
        new Option<bool>("--keep") { Description = "Keep the temporary store" },
        new Option<bool>("--postgres") { Description = "Also time the same questions on PostgreSQL (Storage:Postgres:ConnectionString)" },
        new Option<bool>("--stages") { Description = "Also print where each question's time went, stage by stage and by kind of question" },
        new Option<string>("--reuse") { Description = "Ask over the store an earlier `bench --keep` left in DIR (no ingest; the folder is kept)", HelpName = "DIR" },
    };

    public async Task<int> RunAsync(VerbArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var copies = PositiveInt(arguments.Option("copies"), 10, "--copies");
        var questions = PositiveInt(arguments.Option("questions"), 200, "--questions");
        var samples = Path.GetFullPath(arguments.Option("samples") ?? "samples");
        if (!Directory.Exists(samples))
        {
            throw new CliUsageException($"No sample folder at {samples}; run from the repository root or pass --samples DIR.");
        }

        var reuse = arguments.Option("reuse") is { } reused ? Path.GetFullPath(reused) : null;
        if (reuse is not null && !Directory.Exists(Path.Combine(reuse, "data")))
        {
            throw new CliUsageException($"No bench store at {reuse}; pass the folder an earlier `bench --keep` printed.");
        }

        var root = reuse ?? Path.Combine(Path.GetTempPath(), "scrutinybot-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            if (reuse is not null)
            {
                await output.WriteLineAsync($"bench: the store kept in {reuse}, not ingested again").ConfigureAwait(false);
                await using var kept = BuildServices(Path.Combine(reuse, "data"), localModel.Value);
                return await AskAsync(kept, questions, arguments, output, failed: 0, cancellationToken).ConfigureAwait(false);
            }

            var pdfs = BenchPdfCorpus.Find(samples);
            IReadOnlyList<string> paths;
            long bytes;
            if (pdfs is null)
            {
                var corpus = Path.Combine(root, "corpus");
                bytes = await BenchCorpus.WriteAsync(samples, corpus, copies, cancellationToken).ConfigureAwait(false);
                paths = [corpus];
                await output.WriteLineAsync($"bench: {copies} copies of {samples} ({bytes / 1024.0 / 1024.0:F1} MB) in {root}").ConfigureAwait(false);
            }
            else
            {
                (paths, bytes) = (pdfs.Files, pdfs.Bytes);
                var once = copies > 1 ? " (PDFs are ingested once: copies would be identical and skipped)" : string.Empty;
                await output.WriteLineAsync($"bench: {pdfs.Files.Count} PDFs of {samples} ({bytes / 1024.0 / 1024.0:F1} MB){once} into {root}").ConfigureAwait(false);
            }

            await using var services = BuildServices(Path.Combine(root, "data"), localModel.Value);
            int failed;
            if (pdfs is null)
            {
                failed = await BenchIngest.RunAsync(services, paths[0], bytes, output, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var ingest = Stopwatch.StartNew();
                var summary = await services.GetRequiredService<IIngestionPipeline>().IngestAsync(paths, null, cancellationToken).ConfigureAwait(false);
                ingest.Stop();
                var files = summary.Added + summary.Replaced;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"ingest: {summary} in {ingest.Elapsed.TotalSeconds:F1} s = {files / ingest.Elapsed.TotalSeconds:F1} files/s, {bytes / 1024.0 / 1024.0 / ingest.Elapsed.TotalSeconds:F2} MB/s")).ConfigureAwait(false);
                var pages = await BenchPdfCorpus.CountPagesAsync(services.GetRequiredService<SqliteConnectionFactory>(), cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync(await PdfPagesLineAsync(pdfs, pages, ingest.Elapsed, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
                failed = summary.Failed;
            }

            return await AskAsync(services, questions, arguments, output, failed, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (!arguments.Has("keep") && reuse is null)
            {
                TryDelete(root);
            }
        }
    }

    /// <summary>Asks the drawn questions over <paramref name="services"/>' store and prints the answer, processor-time,
    /// memory and load lines (and the stages with --stages).</summary>
    private async Task<int> AskAsync(ServiceProvider services, int questions, VerbArguments arguments, TextWriter output, int failed, CancellationToken cancellationToken)
    {
        var asked = await BenchQuestions.DrawAsync(services.GetRequiredService<SqliteConnectionFactory>(), questions, cancellationToken).ConfigureAwait(false);
        var answerer = services.GetRequiredService<IQuestionAnswerer>();
        var latencies = new List<double>();
        var cpu = new List<double>();
        using var stages = arguments.Has("stages") ? new BenchStages() : null;
        using var self = Process.GetCurrentProcess();
        var answered = 0;
        var first = Stopwatch.StartNew();
        await answerer.AnswerAsync(new Question(asked[0].Text), cancellationToken).ConfigureAwait(false);
        var cold = first.Elapsed.TotalMilliseconds;
        var warmups = arguments.Option("warmup") is { } w ? NonNegativeInt(w, "--warmup") : warmup.Value.WarmupQuestions;
        var warmed = await new AnswerWarmup(services).RunAsync(warmups, cancellationToken).ConfigureAwait(false);
        stages?.Skip();
        foreach (var question in asked)
        {
            self.Refresh();
            var cpuBefore = self.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            var answer = await answerer.AnswerAsync(new Question(question.Text), cancellationToken).ConfigureAwait(false);
            latencies.Add(stopwatch.Elapsed.TotalMilliseconds);
            self.Refresh();
            cpu.Add((self.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            answered += answer.Answered ? 1 : 0;
            stages?.Record(question, latencies[^1], cpu[^1], answer.Answered);
        }

        latencies.Sort();
        cpu.Sort();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"answers: {latencies.Count} questions ({answered} answered), first (cold) {cold:F0} ms, then {warmups} warm-up questions as the served bot asks itself at start ({warmed.TotalMilliseconds:F0} ms), timed: p50 {Percentile(latencies, 0.50):F1} ms, p95 {Percentile(latencies, 0.95):F1} ms, max {latencies[^1]:F1} ms")).ConfigureAwait(false);
        // Processor time spent per question by every thread of the process: what a question costs, which a busy
        // machine inflates far less than the wall-clock latency above.
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"answers cpu: p50 {Percentile(cpu, 0.50):F1} ms, p95 {Percentile(cpu, 0.95):F1} ms of processor time per question")).ConfigureAwait(false);
        if (stages is not null)
        {
            await stages.WriteAsync(output).ConfigureAwait(false);
        }

        if (arguments.Has("postgres"))
        {
            await BenchPostgres.RunAsync(services, Registrations, BenchPostgres.ConnectionString(hostServices), [.. asked.Select(q => q.Text)], output, cancellationToken).ConfigureAwait(false);
        }

        using var process = Process.GetCurrentProcess();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"memory: peak working set {process.PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB, managed heap now {GC.GetTotalMemory(false) / 1024.0 / 1024.0:F0} MB (GC committed {GC.GetGCMemoryInfo().TotalCommittedBytes / 1024.0 / 1024.0:F0} MB, live after a full collection {GC.GetTotalMemory(true) / 1024.0 / 1024.0:F0} MB)")).ConfigureAwait(false);
        await output.WriteLineAsync(await LoadLineAsync(cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
        return failed == 0 ? 0 : 1;
    }

    /// <summary>The machine's load average as the bench ends (Linux), so figures from a shared machine can be read
    /// against how busy it was.</summary>
    private static async Task<string> LoadLineAsync(CancellationToken cancellationToken)
    {
        const string LoadAverage = "/proc/loadavg";
        if (!File.Exists(LoadAverage))
        {
            return $"load: not known on this system; {Environment.ProcessorCount} cores";
        }

        var fields = (await File.ReadAllTextAsync(LoadAverage, cancellationToken).ConfigureAwait(false)).Split(' ');
        return $"load: average {fields[0]} (1 min), {fields[1]} (5 min), {fields[2]} (15 min) on {Environment.ProcessorCount} cores";
    }

    private static async Task<string> PdfPagesLineAsync(BenchPdfCorpus pdfs, int pages, TimeSpan ours, CancellationToken cancellationToken)
    {
        var oursRate = pages / ours.TotalSeconds;
        var theirs = await PdftotextTiming.TimeAsync(pdfs.Files, cancellationToken).ConfigureAwait(false);
        return theirs is { } elapsed
            ? string.Create(CultureInfo.InvariantCulture,
                $"pages: {pages} pages, ours {oursRate:F1} pages/s, pdftotext {pages / elapsed.TotalSeconds:F1} pages/s ({elapsed.TotalSeconds:F1} s) = {oursRate / (pages / elapsed.TotalSeconds):F2}x")
            : string.Create(CultureInfo.InvariantCulture, $"pages: {pages} pages, ours {oursRate:F1} pages/s, pdftotext not installed");
    }

    /// <summary>The same registrations as the host, over a store in the bench's own temporary folder, with the host's
    /// local-model settings (Embeddings__MiniLM__Enabled=false benches BM25 only).</summary>
    private static ServiceProvider BuildServices(string dataDirectory, MiniLMOptions localModel)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:DataDirectory"] = dataDirectory,
                ["Embeddings:MiniLM:Enabled"] = localModel.Enabled.ToString(CultureInfo.InvariantCulture),
                ["Embeddings:MiniLM:ModelDirectory"] = localModel.ModelDirectory,
                ["Embeddings:MiniLM:Threads"] = localModel.Threads.ToString(CultureInfo.InvariantCulture),
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        Registrations(services);
        var provider = services.BuildServiceProvider();
        // The pacing the host runs as a hosted service, so the memory line is the server's; disposing the provider
        // stops it. A BackgroundService's StartAsync returns at its first await.
        provider.GetRequiredService<Gen0PacingService>().StartAsync(CancellationToken.None).GetAwaiter().GetResult();
        return provider;
    }

    private static IServiceCollection Registrations(IServiceCollection services) =>
        services.AddStorage().AddIngestion().AddSourceLinks().AddRetrieval().AddAnswering().AddFactQueries().AddMemoryPacing();

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static int NonNegativeInt(string value, string option) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new CliUsageException($"{option} takes a whole number, 0 or more.");

    private static int PositiveInt(string? value, int fallback, string option)
    {
        if (value is null)
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new CliUsageException($"{option} takes a whole number above 0.");
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; the OS cleans it.
        }
    }
}
