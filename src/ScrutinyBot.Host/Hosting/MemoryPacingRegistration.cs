using ScrutinyBot.Core.Diagnostics;

namespace ScrutinyBot.Host.Hosting;

public static class MemoryPacingRegistration
{
    public static IServiceCollection AddMemoryPacing(this IServiceCollection services)
    {
        services.AddOptions<MemoryOptions>()
            .BindConfiguration(MemoryOptions.SectionName)
            .Validate(o => o.Gen0PaceMegabytes >= 0, "Memory:Gen0PaceMegabytes must be 0 (off) or more.")
            .ValidateOnStart();
        services.AddSingleton<Gen0Pacer>();
        services.AddSingleton<Gen0PacingService>();
        services.AddHostedService(s => s.GetRequiredService<Gen0PacingService>());
        return services;
    }
}
