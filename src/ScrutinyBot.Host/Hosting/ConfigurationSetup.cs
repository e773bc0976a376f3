using Microsoft.Extensions.Configuration.Json;
using ScrutinyBot.Host.Cli;

namespace ScrutinyBot.Host.Hosting;

public static class ConfigurationSetup
{
    /// <summary>appsettings.json beside the binary comes first (so the repo's defaults apply wherever the bot is
    /// started from), then the usual sources (working-directory appsettings, environment variables), then --data/--urls.</summary>
    public static void AddScrutinyConfiguration(this WebApplicationBuilder builder, CommandLine command)
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (File.Exists(shipped))
        {
            var source = new JsonConfigurationSource { Path = shipped, Optional = true, ReloadOnChange = false };
            source.ResolveFileProvider();
            builder.Configuration.Sources.Insert(0, source);
        }

        builder.Configuration.AddInMemoryCollection(command.HostSettings);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
    }
}
