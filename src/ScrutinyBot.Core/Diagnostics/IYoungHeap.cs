namespace ScrutinyBot.Core.Diagnostics;

/// <summary>The GC counters <see cref="Gen0Pacer"/> reads and the one collection it asks for.</summary>
internal interface IYoungHeap
{
    long AllocatedBytes { get; }

    int Gen0Collections { get; }

    void CollectGen0();
}

/// <summary>This process's GC.</summary>
internal sealed class ProcessYoungHeap : IYoungHeap
{
    public static readonly ProcessYoungHeap Instance = new();

    public long AllocatedBytes => GC.GetTotalAllocatedBytes();

    public int Gen0Collections => GC.CollectionCount(0);

    public void CollectGen0() => GC.Collect(0, GCCollectionMode.Forced, blocking: true);
}
