using System.CommandLine;

namespace ScrutinyBot.Host.Cli;

/// <summary>The command line parsed with System.CommandLine against every registered verb, before the host is built:
/// `--help`, `-h` and mistakes are answered here (<see cref="TryAnswerEarly"/>) without building or starting anything.</summary>
public sealed class CommandLine
{
    public const string ServeVerb = "serve";
    private const string HelpVerb = "help";

    /// <summary>A question or a path may start with '@': it is text, not a response file to read.</summary>
    internal static readonly ParserConfiguration NoResponseFiles = new() { ResponseFileTokenReplacer = null };

    private readonly RootCommand _root;

    private CommandLine(RootCommand root, ParseResult result, CliVerbDescriptor? verb, IReadOnlyDictionary<string, string?> hostSettings)
    {
        _root = root;
        Result = result;
        Verb = verb;
        HostSettings = hostSettings;
    }

    public ParseResult Result { get; }

    /// <summary>The verb to run, or null to serve the bot.</summary>
    public CliVerbDescriptor? Verb { get; }

    /// <summary>Settings from --data and --urls, by configuration key.</summary>
    public IReadOnlyDictionary<string, string?> HostSettings { get; }

    public static CommandLine Parse(IReadOnlyList<string> args, IReadOnlyList<CliVerbDescriptor> verbs)
    {
        ArgumentNullException.ThrowIfNull(verbs);
        var switches = new HostSwitches();
        var root = new RootCommand(
            "ScrutinyBot answers questions about council scrutiny papers, in Microsoft Teams and here. With no verb it serves " +
            "the bot (POST /api/messages, GET /healthz). Exit codes: 0 done, 1 failed or not answered, 2 command line not " +
            "understood, 3 the port is taken or the settings are invalid, 130 interrupted.");
        foreach (var option in switches.All)
        {
            root.Options.Add(option);
        }

        // Serving is the root's own work (and serve's): an action marks it, though the runner, not the action, serves.
        root.SetAction(_ => ExitCodes.Ok);
        var serve = new Command(ServeVerb, "Run the bot on the configured URL (the default when no verb is given).");
        serve.SetAction(_ => ExitCodes.Ok);
        root.Subcommands.Add(serve);
        root.Subcommands.Add(new Command(HelpVerb, "Print this usage, or a verb's.") { new Argument<string?>("verb") { Arity = ArgumentArity.ZeroOrOne } });
        foreach (var verb in verbs.OrderBy(v => v.Name, StringComparer.Ordinal))
        {
            root.Subcommands.Add(verb.CreateCommand());
        }

        var result = root.Parse(args, NoResponseFiles);
        var name = result.CommandResult.Command.Name;
        var chosen = verbs.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal));
        return new CommandLine(root, result, chosen, switches.SettingsOf(result));
    }

    /// <summary>Answers `--help`, `-h`, `help [VERB]`, `--version` and command lines that do not parse, without a host.</summary>
    /// <returns>The exit code, or null when the command line asks for real work.</returns>
    public int? TryAnswerEarly(TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        if (Result.Errors.Count > 0)
        {
            foreach (var error in Result.Errors)
            {
                errors.WriteLine(error.Message);
            }

            errors.WriteLine();
            WriteUsage(Result.CommandResult.Command, errors);
            return ExitCodes.Usage;
        }

        var command = Result.CommandResult.Command;
        if (command.Name == HelpVerb)
        {
            var verb = Result.GetValue<string?>(command.Arguments[0].Name);
            var target = verb is null ? _root : _root.Subcommands.FirstOrDefault(c => c.Name == verb);
            WriteUsage(target ?? _root, target is null ? errors : output);
            return target is null ? ExitCodes.Usage : ExitCodes.Ok;
        }

        // Any action other than the command's own is --help, --version or a directive: answered here.
        return Result.Action is null || Result.Action == command.Action
            ? null
            : Result.Invoke(new InvocationConfiguration { Output = output, Error = errors });
    }

    /// <summary>The usage of the verb being run (for a verb that rejects its arguments).</summary>
    public void WriteVerbUsage(TextWriter writer) => WriteUsage(Result.CommandResult.Command, writer);

    /// <summary>System.CommandLine's own help for the command (the root, or one verb), as `VERB --help` prints it.</summary>
    private void WriteUsage(Command command, TextWriter writer)
    {
        string[] args = command == _root ? ["--help"] : [command.Name, "--help"];
        _root.Parse(args, NoResponseFiles).Invoke(new InvocationConfiguration { Output = writer, Error = writer });
    }
}
