using Microsoft.Extensions.Time.Testing;

namespace ScrutinyBot.Teams.Tests.TestSupport;

public static class FakeClock
{
    /// <summary>Advances fake time in small steps until the task completes (at most 10 minutes of fake time).</summary>
    public static async Task<T> RunAsync<T>(FakeTimeProvider time, Task<T> task)
    {
        for (var i = 0; i < 6000 && !task.IsCompleted; i++)
        {
            await Task.WhenAny(task, Task.Delay(10));
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        return await task;
    }

    public static async Task RunAsync(FakeTimeProvider time, Task task) =>
        await RunAsync(time, WithResultAsync(task));

    private static async Task<bool> WithResultAsync(Task task)
    {
        await task;
        return true;
    }
}
