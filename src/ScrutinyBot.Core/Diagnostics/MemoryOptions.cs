namespace ScrutinyBot.Core.Diagnostics;

public sealed class MemoryOptions
{
    public const string SectionName = "Memory";

    /// <summary>Megabytes allocated between answers after which the host collects the GC's youngest generation itself
    /// (<see cref="Gen0Pacer"/>). Default 8; 0 leaves it to the GC's own budget.</summary>
    public int Gen0PaceMegabytes { get; set; } = 8;
}
