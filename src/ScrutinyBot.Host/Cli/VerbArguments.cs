using System.CommandLine;
using System.CommandLine.Parsing;

namespace ScrutinyBot.Host.Cli;

/// <summary>A verb's arguments as System.CommandLine parsed them against the verb's command: positionals (every
/// argument's tokens, in order), options with values (--as-of DATE) and boolean flags (--json).</summary>
public sealed class VerbArguments
{
    private readonly ParseResult _result;
    private readonly Command _command;

    private VerbArguments(ParseResult result)
    {
        _result = result;
        _command = result.CommandResult.Command;
        Positionals = _command.Arguments
            .SelectMany(a => result.GetResult(a)?.Tokens.Select(t => t.Value) ?? [])
            .ToList();
    }

    public IReadOnlyList<string> Positionals { get; }

    /// <summary>The arguments of the verb the parse result chose.</summary>
    public static VerbArguments From(ParseResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new VerbArguments(result);
    }

    /// <summary>Parses a verb's own arguments (without the verb's name) against its command, as the runner would.</summary>
    /// <exception cref="CliUsageException">The arguments do not parse.</exception>
    public static VerbArguments Parse(Command command, IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(command);
        var result = command.Parse(args, CommandLine.NoResponseFiles);
        if (result.Errors.Count > 0)
        {
            throw new CliUsageException(string.Join(" ", result.Errors.Select(e => e.Message)));
        }

        return new VerbArguments(result);
    }

    /// <summary>True when the flag (a boolean option, named without dashes) was given.</summary>
    public bool Has(string flag) => Find(flag) is Option<bool> option && _result.GetValue(option);

    /// <summary>The value of an option (named without dashes), or null when it was not given.</summary>
    public string? Option(string name) =>
        _result.GetResult(Find(name)) is OptionResult { Implicit: false } given ? given.Tokens.LastOrDefault()?.Value : null;

    private Option Find(string name) =>
        _command.Options.FirstOrDefault(o => o.Name == "--" + name)
        ?? throw new InvalidOperationException($"The {_command.Name} verb declares no option --{name}.");
}
