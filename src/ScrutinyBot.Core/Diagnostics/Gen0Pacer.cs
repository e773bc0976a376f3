using Microsoft.Extensions.Options;

namespace ScrutinyBot.Core.Diagnostics;

/// <summary>Caps how far the GC's youngest generation grows. The workstation GC sizes its gen0 budget from the
/// processor's cache, and a server reporting a 260 MB L3 gets a budget of about 130 MB: the host then carries 140 MB
/// of committed heap for under 40 MB of live objects. Only the environment variable <c>DOTNET_GCgen0size</c> changes
/// that budget (runtimeconfig.json cannot), so the host checks a few times a second and collects gen0 itself once more
/// than <see cref="MemoryOptions.Gen0PaceMegabytes"/> has been allocated since the GC last did. A gen0 collection
/// with few survivors costs well under a millisecond.</summary>
public sealed class Gen0Pacer
{
    private readonly long _paceBytes;
    private readonly IYoungHeap _heap;
    private readonly Lock _gate = new();
    private int _collections = -1;
    private long _allocatedAtCollection;

    public Gen0Pacer(IOptions<MemoryOptions> options)
        : this(options, ProcessYoungHeap.Instance)
    {
    }

    internal Gen0Pacer(IOptions<MemoryOptions> options, IYoungHeap heap)
    {
        _paceBytes = options.Value.Gen0PaceMegabytes * 1024L * 1024L;
        _heap = heap;
    }

    public bool IsOn => _paceBytes > 0;

    /// <returns>True when it collected.</returns>
    public bool CollectIfDue()
    {
        if (!IsOn)
        {
            return false;
        }

        lock (_gate)
        {
            var allocated = _heap.AllocatedBytes;
            var collections = _heap.Gen0Collections;
            if (collections != _collections)
            {
                // The GC collected on its own since the last look: count from here.
                _collections = collections;
                _allocatedAtCollection = allocated;
                return false;
            }

            if (allocated - _allocatedAtCollection < _paceBytes)
            {
                return false;
            }

            _heap.CollectGen0();
            _collections = _heap.Gen0Collections;
            _allocatedAtCollection = allocated;
            return true;
        }
    }
}
