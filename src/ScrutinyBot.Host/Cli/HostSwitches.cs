using System.CommandLine;

namespace ScrutinyBot.Host.Cli;

/// <summary>The options every verb (and serve) accepts, and the setting each one sets.</summary>
internal sealed class HostSwitches
{
    public Option<string> Data { get; } = new("--data")
    {
        Description = "Folder of the embedded store (Storage:DataDirectory), e.g. --data ./data",
        HelpName = "DIR",
        Recursive = true,
    };

    public Option<string> Urls { get; } = new("--urls")
    {
        Description = "Where serve listens, e.g. --urls http://127.0.0.1:3978",
        HelpName = "URL",
        Recursive = true,
    };

    /// <summary>The generic host's own switches, which WebApplicationFactory passes as `--key=value`. Accepted so a
    /// test host parses, hidden from the usage, and not applied (the test host applies them itself).</summary>
    public IReadOnlyList<Option<string>> Hosting { get; } =
    [
        new("--environment") { Hidden = true, Recursive = true },
        new("--contentRoot") { Hidden = true, Recursive = true },
        new("--applicationName") { Hidden = true, Recursive = true },
    ];

    public IEnumerable<Option> All => [Data, Urls, .. Hosting];

    /// <summary>The settings the switches on this command line set, by configuration key.</summary>
    public Dictionary<string, string?> SettingsOf(ParseResult result)
    {
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (result.GetValue(Data) is { } data)
        {
            settings["Storage:DataDirectory"] = data;
        }

        if (result.GetValue(Urls) is { } urls)
        {
            settings["urls"] = urls;
        }

        return settings;
    }
}
