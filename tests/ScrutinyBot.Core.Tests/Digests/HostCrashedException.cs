namespace ScrutinyBot.Core.Tests.Digests;

/// <summary>Stands for the process dying at a given step.</summary>
internal sealed class HostCrashedException : Exception
{
    public HostCrashedException()
        : base("Simulated crash.")
    {
    }
}
