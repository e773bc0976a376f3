using System.Diagnostics;
using System.Globalization;
using ScrutinyBot.Core.Diagnostics;

namespace ScrutinyBot.Host.Answering;

/// <summary>`bench --stages`: listens to the answer stages (<see cref="AnswerStages"/>) while the bench asks its
/// questions, and prints where the time went: each stage's wall-clock time per question, each kind of question's
/// processor time, and the slowest questions stage by stage. The vector leg runs beside the keyword queries, so the
/// stages of one question can add up to more than its latency.</summary>
public sealed class BenchStages : IDisposable
{
    private const int Slowest = 10;

    private readonly ActivityListener _listener;
    private readonly Lock _gate = new();
    private readonly List<Timing> _timings = [];
    private const string CpuAtStart = "bench.cpu";
    private const string ThreadAtStart = "bench.thread";

    private Dictionary<string, double> _current = new(StringComparer.Ordinal);
    private Dictionary<string, double> _currentCpu = new(StringComparer.Ordinal);

    public BenchStages()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == AnswerStages.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStarted = Started,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>Forgets the stages timed since the last question was recorded (the cold first question).</summary>
    public void Skip()
    {
        lock (_gate)
        {
            _current = new Dictionary<string, double>(StringComparer.Ordinal);
            _currentCpu = new Dictionary<string, double>(StringComparer.Ordinal);
        }
    }

    /// <summary>Closes one question: the stages timed since the last call are its own.</summary>
    public void Record(BenchQuestion question, double wallMilliseconds, double cpuMilliseconds, bool answered)
    {
        ArgumentNullException.ThrowIfNull(question);
        lock (_gate)
        {
            _timings.Add(new Timing(question, wallMilliseconds, cpuMilliseconds, answered, _current, _currentCpu));
            _current = new Dictionary<string, double>(StringComparer.Ordinal);
            _currentCpu = new Dictionary<string, double>(StringComparer.Ordinal);
        }
    }

    public async Task WriteAsync(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        List<Timing> timings;
        lock (_gate)
        {
            timings = [.. _timings];
        }

        if (timings.Count == 0)
        {
            return;
        }

        await output.WriteLineAsync($"stages: wall-clock ms per question that ran the stage (p50 / p95 / max, and its share of all stage time), then the processor ms of its own thread (p50 / p95; stages that moved thread are not counted), over {timings.Count} questions").ConfigureAwait(false);
        var total = timings.Sum(t => t.Stages.Where(s => !s.Key.Contains('.', StringComparison.Ordinal)).Sum(s => s.Value));
        foreach (var stage in timings.SelectMany(t => t.Stages.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            var values = timings.Where(t => t.Stages.ContainsKey(stage)).Select(t => t.Stages[stage]).Order().ToList();
            var cpu = timings.Where(t => t.StageCpu.ContainsKey(stage)).Select(t => t.StageCpu[stage]).Order().ToList();
            var ownCpu = cpu.Count == 0 ? "cpu n/a" : Line($"cpu {P(cpu, 0.5),6:F1} / {P(cpu, 0.95),6:F1} ms (n={cpu.Count})");
            await output.WriteLineAsync(Line(
                $"  {stage,-26} n={values.Count,4}  {P(values, 0.5),7:F1} / {P(values, 0.95),7:F1} / {values[^1],7:F1} ms  {100 * values.Sum() / Math.Max(total, 1e-9),5:F1}%  {ownCpu}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync("kinds: processor ms per question (p50 / p95), wall ms p95, answered, by the form the question was made from").ConfigureAwait(false);
        foreach (var kind in timings.GroupBy(t => t.Question.Kind).OrderByDescending(g => P(Sorted(g, t => t.Cpu), 0.95)))
        {
            var cpu = Sorted(kind, t => t.Cpu);
            var wall = Sorted(kind, t => t.Wall);
            await output.WriteLineAsync(Line(
                $"  {kind.Key,-46} n={cpu.Count,3}  cpu {P(cpu, 0.5),6:F1} / {P(cpu, 0.95),6:F1}  wall p95 {P(wall, 0.95),6:F1}  answered {kind.Count(t => t.Answered)}")).ConfigureAwait(false);
        }

        await output.WriteLineAsync($"slowest {Slowest} by processor time (stages in wall ms):").ConfigureAwait(false);
        foreach (var timing in timings.OrderByDescending(t => t.Cpu).Take(Slowest))
        {
            var stages = string.Join(", ", timing.Stages.Where(s => s.Key.Contains('.', StringComparison.Ordinal) || s.Key is "analyze" or "extractive" or "link")
                .OrderByDescending(s => s.Value).Take(5).Select(s => Line($"{s.Key} {s.Value:F1}")));
            await output.WriteLineAsync(Line($"  cpu {timing.Cpu,6:F1} wall {timing.Wall,6:F1}  {timing.Question.Text}")).ConfigureAwait(false);
            await output.WriteLineAsync($"      {stages}").ConfigureAwait(false);
        }
    }

    public void Dispose() => _listener.Dispose();

    private static List<double> Sorted(IEnumerable<Timing> timings, Func<Timing, double> value) => [.. timings.Select(value).Order()];

    private static double P(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Started(Activity activity)
    {
        activity.SetCustomProperty(CpuAtStart, ThreadCpuClock.NowMilliseconds());
        activity.SetCustomProperty(ThreadAtStart, Environment.CurrentManagedThreadId);
    }

    private void Stopped(Activity activity)
    {
        // Only a stage that ended on the thread it began on has its processor time measured by that thread's clock.
        var cpu = activity.GetCustomProperty(CpuAtStart) is double before
            && activity.GetCustomProperty(ThreadAtStart) is int thread && thread == Environment.CurrentManagedThreadId
            && ThreadCpuClock.NowMilliseconds() is { } after
                ? after - before
                : (double?)null;
        lock (_gate)
        {
            _current[activity.OperationName] = _current.GetValueOrDefault(activity.OperationName) + activity.Duration.TotalMilliseconds;
            if (cpu is { } spent)
            {
                _currentCpu[activity.OperationName] = _currentCpu.GetValueOrDefault(activity.OperationName) + spent;
            }
        }
    }

    private sealed record Timing(BenchQuestion Question, double Wall, double Cpu, bool Answered, Dictionary<string, double> Stages, Dictionary<string, double> StageCpu);
}
