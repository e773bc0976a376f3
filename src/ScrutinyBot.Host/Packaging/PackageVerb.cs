using System.CommandLine;
using Microsoft.Extensions.Options;
using ScrutinyBot.Host.Cli;
using ScrutinyBot.Teams.Hosting;

namespace ScrutinyBot.Host.Packaging;

/// <summary>`package`: writes the Teams app zip (manifest with the app id filled in, and both icons). The bot's app id
/// comes from --app-id, else from Bot:AppId; the publisher's name and URLs from TeamsApp (an error names any unset).</summary>
public sealed class PackageVerb(IOptions<BotOptions> botOptions, IOptions<TeamsAppOptions> appOptions) : ICliVerb, ICliVerbDefinition
{
    public const string DefaultOutput = "artifacts/scrutinybot-teams-app.zip";

    public string Name => "package";

    public static Command CreateCommand() => new("package", "Write the Teams app zip (manifest with the app id filled in, and both icons).")
    {
        new Option<string>("--app-id") { Description = "The bot's Microsoft app id (default Bot:AppId)", HelpName = "GUID" },
        new Option<string>("--teams-app-id") { Description = "The Teams app id (default: the bot's app id)", HelpName = "GUID" },
        new Option<string>("--domain") { Description = "The bot's host name, for validDomains", HelpName = "HOST" },
        new Option<string>("--out") { Description = "Where to write the zip (default " + DefaultOutput + ")", HelpName = "PATH" },
        new Option<string>("--manifests") { Description = "The manifests folder (default: ./manifests or the nearest above)", HelpName = "DIR" },
    };

    public async Task<int> RunAsync(VerbArguments arguments, TextWriter output, CancellationToken cancellationToken)
    {
        var appId = arguments.Option("app-id") ?? (botOptions.Value.HasAppId ? botOptions.Value.AppId : null);
        if (!Guid.TryParse(appId, out var botId))
        {
            throw new CliUsageException("give the bot's Microsoft app id (a GUID) with --app-id, or set Bot:AppId.");
        }

        var teamsAppId = botId;
        if (arguments.Option("teams-app-id") is { } teamsText && !Guid.TryParse(teamsText, out teamsAppId))
        {
            throw new CliUsageException("--teams-app-id must be a GUID.");
        }

        if (appOptions.Value.Problems() is { Count: > 0 } problems)
        {
            throw new CliUsageException("the app's publisher details are not set (no placeholder URLs are shipped): "
                + string.Join("; ", problems) + ". Set them in appsettings.json or as TeamsApp__... environment variables.");
        }

        var manifests = arguments.Option("manifests") ?? FindManifestDirectory()
            ?? throw new CliUsageException("cannot find the manifests folder; pass --manifests DIR.");
        var outPath = Path.GetFullPath(arguments.Option("out") ?? DefaultOutput);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TEAMS_APP_ID"] = teamsAppId.ToString(),
            ["BOT_ID"] = botId.ToString(),
        };
        foreach (var (placeholder, _, value, _) in appOptions.Value.Placeholders())
        {
            values[placeholder] = value;
        }

        if (arguments.Option("domain") is { Length: > 0 } domain)
        {
            values["BOT_DOMAIN"] = domain;
        }

        if (File.Exists(outPath))
        {
            File.Delete(outPath);
        }

        AppPackageWriter.Write(manifests, outPath, values);
        await output.WriteLineAsync($"Wrote {outPath}").ConfigureAwait(false);
        return 0;
    }

    /// <summary>manifests/ in the working directory or the nearest folder above it (the repository root).</summary>
    private static string? FindManifestDirectory()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "manifests");
            if (File.Exists(Path.Combine(candidate, AppPackageWriter.ManifestFile)))
            {
                return candidate;
            }
        }

        return null;
    }
}
