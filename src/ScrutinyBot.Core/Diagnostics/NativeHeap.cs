using System.Runtime.InteropServices;

namespace ScrutinyBot.Core.Diagnostics;

/// <summary>Hands the memory the C heap holds free back to the operating system (glibc's <c>malloc_trim</c>) after
/// work that allocates much natively and then frees it: reading PDFs, embedding a batch of chunks, SQLite's index
/// writes. glibc keeps freed blocks in its per-thread arenas, so without this a long-running host carries an ingest's
/// peak for good. Does nothing where there is no glibc.</summary>
public static class NativeHeap
{
    /// <returns>True when the C library was asked to trim (Linux with glibc).</returns>
    public static bool Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            _ = MallocTrim(0);
            return true;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl and other C libraries have no malloc_trim.
            return false;
        }
    }

    // DllImport, not LibraryImport: the source-generated form needs unsafe code for nothing more than this one call.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
#pragma warning restore SYSLIB1054
}
