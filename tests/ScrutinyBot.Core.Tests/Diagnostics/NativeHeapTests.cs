using ScrutinyBot.Core.Diagnostics;

namespace ScrutinyBot.Core.Tests.Diagnostics;

public sealed class NativeHeapTests
{
    [Fact]
    public void Trim_OnLinuxWithGlibc_ReachesMallocTrim()
    {
        var glibc = OperatingSystem.IsLinux() && (File.Exists("/lib/x86_64-linux-gnu/libc.so.6") || File.Exists("/lib/aarch64-linux-gnu/libc.so.6"));

        Assert.Equal(glibc, NativeHeap.Trim());
    }
}
