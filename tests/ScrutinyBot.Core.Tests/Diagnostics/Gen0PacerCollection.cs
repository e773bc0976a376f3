namespace ScrutinyBot.Core.Tests.Diagnostics;

/// <summary>Gen-0 pacing is measured on the real GC, so these tests run with nothing else in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Gen0PacerCollection
{
    public const string Name = "Gen0 pacer (not parallel)";
}
