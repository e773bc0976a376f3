using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ScrutinyBot.Host.Cli;

public static class CliServiceCollectionExtensions
{
    public static IServiceCollection AddCommandLineVerbs(this IServiceCollection services) => services;

    /// <summary>Registers a verb: its command-line declaration (read before the host is built, for `--help` and
    /// parsing) and the verb itself, resolved only when it runs.</summary>
    public static IServiceCollection AddCliVerb<TVerb>(this IServiceCollection services)
        where TVerb : class, ICliVerb, ICliVerbDefinition
    {
        var name = TVerb.CreateCommand().Name;
        services.AddSingleton(new CliVerbDescriptor(name, TVerb.CreateCommand, typeof(TVerb)));
        services.TryAddSingleton<TVerb>();
        services.AddSingleton<ICliVerb>(sp => sp.GetRequiredService<TVerb>());
        return services;
    }

    /// <summary>The verbs registered so far, read from the service collection without building it.</summary>
    public static IReadOnlyList<CliVerbDescriptor> CliVerbs(this IServiceCollection services) =>
        services.Where(d => d.ServiceType == typeof(CliVerbDescriptor) && d.ImplementationInstance is CliVerbDescriptor)
            .Select(d => (CliVerbDescriptor)d.ImplementationInstance!)
            .ToList();
}
