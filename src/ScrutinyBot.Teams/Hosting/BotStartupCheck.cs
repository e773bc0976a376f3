using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ScrutinyBot.Teams.Hosting;

/// <summary>Says at startup how the bot authenticates, and warns when it accepts anonymous loopback requests.</summary>
public sealed partial class BotStartupCheck(IOptions<BotOptions> options, ILogger<BotStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var bot = options.Value;
        if (bot.HasAppId)
        {
            LogAuthenticated(logger, bot.AppId, bot.AppType);
        }
        else if (bot.AllowAnonymousLoopback)
        {
            LogAnonymous(logger);
        }
        else
        {
            LogNoIdentity(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 4501, Level = LogLevel.Information, Message = "Bot endpoint authenticates tokens for app {AppId} ({AppType})")]
    private static partial void LogAuthenticated(ILogger logger, string appId, string appType);

    [LoggerMessage(EventId = 4502, Level = LogLevel.Warning, Message = "Bot:AppId is empty and Bot:AllowAnonymousLoopback is on: unauthenticated requests from loopback are accepted and replies go only to loopback serviceUrls. Do not use this outside local testing.")]
    private static partial void LogAnonymous(ILogger logger);

    [LoggerMessage(EventId = 4503, Level = LogLevel.Warning, Message = "Bot:AppId is empty and anonymous loopback is off: every request to /api/messages will be refused")]
    private static partial void LogNoIdentity(ILogger logger);
}
