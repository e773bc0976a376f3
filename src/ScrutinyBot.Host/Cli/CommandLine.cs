namespace ScrutinyBot.Host.Cli;

/// <summary>The command line split into the verb, its arguments, and host-wide settings (--data, --urls).</summary>
public sealed record CommandLine(string Verb, IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, string?> HostSettings)
{
    public const string DefaultVerb = "serve";

    private static readonly Dictionary<string, string> HostSwitches = new(StringComparer.Ordinal)
    {
        ["--data"] = "Storage:DataDirectory",
        ["--urls"] = "urls",
    };

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 ? arg[..eq] : arg;
            if (HostSwitches.TryGetValue(name, out var key))
            {
                if (eq > 0)
                {
                    settings[key] = arg[(eq + 1)..];
                }
                else if (i + 1 < args.Count)
                {
                    settings[key] = args[++i];
                }

                continue;
            }

            rest.Add(arg);
        }

        var verb = rest.Count > 0 && !rest[0].StartsWith('-') ? rest[0].ToLowerInvariant() : DefaultVerb;
        var arguments = rest.Count > 0 && !rest[0].StartsWith('-') ? rest.Skip(1).ToList() : rest;
        return new CommandLine(verb, arguments, settings);
    }
}
