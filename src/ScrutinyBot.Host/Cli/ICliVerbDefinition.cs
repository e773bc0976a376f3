using System.CommandLine;

namespace ScrutinyBot.Host.Cli;

/// <summary>A verb's command line, declared without any service: `--help` and parse errors need no host.</summary>
public interface ICliVerbDefinition
{
    /// <summary>The verb's command: its name, description, arguments and options (no action: the runner runs the verb).</summary>
    static abstract Command CreateCommand();
}
