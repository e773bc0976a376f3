namespace ScrutinyBot.Host.Cli;

public static class CliServiceCollectionExtensions
{
    public static IServiceCollection AddCommandLineVerbs(this IServiceCollection services) => services;
}
