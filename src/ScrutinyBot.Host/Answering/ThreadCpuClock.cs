using System.Runtime.InteropServices;

namespace ScrutinyBot.Host.Answering;

/// <summary>The processor time the calling thread has used (Linux: CLOCK_THREAD_CPUTIME_ID), so the bench can tell
/// what a stage cost from how long it waited on a busy machine; null where the clock is not available.</summary>
internal static class ThreadCpuClock
{
    private const int ThreadCpuTime = 3;

    public static double? NowMilliseconds()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        return ClockGetTime(ThreadCpuTime, out var time) == 0 ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1e6) : null;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
