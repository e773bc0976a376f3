namespace ScrutinyBot.Host.Cli;

/// <summary>A verb's arguments: positionals, options with values (--as-of DATE) and boolean flags (--json).</summary>
public sealed class VerbArguments
{
    private readonly Dictionary<string, string> _options;
    private readonly HashSet<string> _flags;

    private VerbArguments(List<string> positionals, Dictionary<string, string> options, HashSet<string> flags)
    {
        Positionals = positionals;
        _options = options;
        _flags = flags;
    }

    public IReadOnlyList<string> Positionals { get; }

    /// <param name="flagNames">Options that take no value, without the leading dashes.</param>
    public static VerbArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> flagNames)
    {
        var positionals = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var flags = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                positionals.Add(arg);
                continue;
            }

            var body = arg[2..];
            var eq = body.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0)
            {
                options[body[..eq]] = body[(eq + 1)..];
            }
            else if (flagNames.Contains(body))
            {
                flags.Add(body);
            }
            else if (i + 1 < args.Count)
            {
                options[body] = args[++i];
            }
            else
            {
                throw new CliUsageException($"--{body} needs a value.");
            }
        }

        return new VerbArguments(positionals, options, flags);
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Option(string name) => _options.TryGetValue(name, out var value) ? value : null;
}
