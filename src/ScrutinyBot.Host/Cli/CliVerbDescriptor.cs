using System.CommandLine;

namespace ScrutinyBot.Host.Cli;

/// <summary>A registered verb: how to declare its command line, and which service runs it.</summary>
public sealed record CliVerbDescriptor(string Name, Func<Command> CreateCommand, Type VerbType)
{
    public ICliVerb Resolve(IServiceProvider services) => (ICliVerb)services.GetRequiredService(VerbType);
}
