using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Host.Storage;
using ScrutinyBot.Storage.Postgres;
using ScrutinyBot.Storage.Postgres.Migration;

namespace ScrutinyBot.Host.Answering;

/// <summary><c>bench --postgres</c>: after the SQLite run, the bench's store is moved into the (empty) PostgreSQL
/// database of Storage:Postgres:ConnectionString with <c>migrate</c>'s copy, and the same questions are answered from
/// it, so the two engines' latencies come from one run over the same papers and questions.</summary>
internal static class BenchPostgres
{
    public static async Task RunAsync(
        IServiceProvider sqliteServices, Func<IServiceCollection, IServiceCollection> registrations, string connectionString,
        IReadOnlyList<string> questions, TextWriter output, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Provider"] = StorageEngineSwitch.Postgres,
                ["Search:Provider"] = StorageEngineSwitch.Postgres,
                ["Storage:Postgres:ConnectionString"] = connectionString,
            })
            .Build());
        services.AddLogging();
        registrations(services).AddStorageEngine();
        await using var postgres = services.BuildServiceProvider();
        var copy = new SqliteToPostgresCopy(sqliteServices.GetRequiredService<SqliteConnectionFactory>(), postgres.GetRequiredService<PostgresDatabase>());
        var stopwatch = Stopwatch.StartNew();
        var copied = await copy.CopyAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"postgres: copied {copied.Sum(c => c.Rows)} rows ({copied.Single(c => c.Table == "chunks").Rows} chunks) in {stopwatch.Elapsed.TotalSeconds:F1} s into {postgres.GetRequiredService<PostgresDatabase>().Description}")).ConfigureAwait(false);

        var answerer = postgres.GetRequiredService<IQuestionAnswerer>();
        stopwatch.Restart();
        await answerer.AnswerAsync(new Question(questions[0]), cancellationToken).ConfigureAwait(false);
        var cold = stopwatch.Elapsed.TotalMilliseconds;
        var latencies = new List<double>();
        var answered = 0;
        foreach (var question in questions)
        {
            stopwatch.Restart();
            var answer = await answerer.AnswerAsync(new Question(question), cancellationToken).ConfigureAwait(false);
            latencies.Add(stopwatch.Elapsed.TotalMilliseconds);
            answered += answer.Answered ? 1 : 0;
        }

        latencies.Sort();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"answers (postgres): {latencies.Count} questions ({answered} answered), first (cold) {cold:F0} ms, p50 {Percentile(latencies, 0.50):F1} ms, p95 {Percentile(latencies, 0.95):F1} ms, max {latencies[^1]:F1} ms")).ConfigureAwait(false);
    }

    /// <summary>The connection string bench --postgres fills, from the host's settings.</summary>
    public static string ConnectionString(IServiceProvider hostServices) =>
        hostServices.GetRequiredService<IOptions<PostgresStorageOptions>>().Value.ConnectionString is { Length: > 0 } value
            ? value
            : throw new Cli.CliUsageException("bench --postgres needs Storage:Postgres:ConnectionString set to an empty database.");

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
