using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Diagnostics;

namespace ScrutinyBot.Core.Tests.Diagnostics;

// Runs alone: the real-process test counts gen-0 collections, which other tests' allocations would trigger too.
[Collection(Gen0PacerCollection.Name)]
public sealed class Gen0PacerTests
{
    private const long MB = 1024 * 1024;

    [Fact]
    public void CollectIfDue_MoreThanThePaceAllocatedSinceTheLastCollection_CollectsOnce()
    {
        var heap = new FakeHeap();
        var pacer = Pacer(paceMegabytes: 8, heap);
        Assert.False(pacer.CollectIfDue()); // first look: counts from here

        heap.AllocatedBytes += 5 * MB;
        Assert.False(pacer.CollectIfDue());
        heap.AllocatedBytes += 4 * MB;
        Assert.True(pacer.CollectIfDue());
        Assert.False(pacer.CollectIfDue());

        Assert.Equal(1, heap.Induced);
    }

    [Fact]
    public void CollectIfDue_TheGcCollectedOnItsOwn_CountsFromThen()
    {
        var heap = new FakeHeap();
        var pacer = Pacer(paceMegabytes: 8, heap);
        pacer.CollectIfDue();
        heap.AllocatedBytes += 6 * MB;
        heap.Gen0Collections++;

        Assert.False(pacer.CollectIfDue());
        heap.AllocatedBytes += 6 * MB;
        Assert.False(pacer.CollectIfDue());

        Assert.Equal(0, heap.Induced);
    }

    [Fact]
    public void CollectIfDue_PaceZero_NeverCollects()
    {
        var heap = new FakeHeap();
        var pacer = Pacer(paceMegabytes: 0, heap);
        pacer.CollectIfDue();
        heap.AllocatedBytes += 1024 * MB;

        Assert.False(pacer.IsOn);
        Assert.False(pacer.CollectIfDue());
        Assert.Equal(0, heap.Induced);
    }

    [Fact]
    public void CollectIfDue_ThisProcess_InducesAGen0Collection()
    {
        var pacer = new Gen0Pacer(Options.Create(new MemoryOptions { Gen0PaceMegabytes = 1 }));
        var collected = false;
        // The GC may collect by itself while the test allocates (after many tests its gen-0 budget can be smaller than
        // the allocation), so the allocation runs in a no-GC region, and a round the GC still collected in is tried again.
        for (var round = 0; round < 20 && !collected; round++)
        {
            var noGc = GC.TryStartNoGCRegion(16 * MB);
            pacer.CollectIfDue();
            var before = GC.CollectionCount(0);
            Allocate(2 * MB);
            if (noGc && System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.NoGCRegion)
            {
                GC.EndNoGCRegion();
            }

            if (pacer.CollectIfDue())
            {
                collected = true;
                Assert.True(GC.CollectionCount(0) > before);
            }
        }

        Assert.True(collected);
    }

    private static Gen0Pacer Pacer(int paceMegabytes, FakeHeap heap) =>
        new(Options.Create(new MemoryOptions { Gen0PaceMegabytes = paceMegabytes }), heap);

    private static void Allocate(long bytes)
    {
        for (long done = 0; done < bytes; done += 1024)
        {
            GC.KeepAlive(new byte[1000]);
        }
    }

    private sealed class FakeHeap : IYoungHeap
    {
        public long AllocatedBytes { get; set; } = 100 * MB;

        public int Gen0Collections { get; set; } = 3;

        public int Induced { get; private set; }

        public void CollectGen0()
        {
            Induced++;
            Gen0Collections++;
        }
    }
}
