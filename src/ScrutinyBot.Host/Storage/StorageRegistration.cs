using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Host.Storage;

public static class StorageRegistration
{
    /// <summary>The engines Storage:Provider can name.</summary>
    public static readonly IReadOnlyList<string> Providers = ["Sqlite"];

    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => Providers.Contains(o.Provider, StringComparer.OrdinalIgnoreCase),
                $"Storage:Provider must be one of: {string.Join(", ", Providers)}.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<SqliteDocumentStore>();
        services.AddSingleton<IDocumentStore>(sp => Select<IDocumentStore>(sp));
        services.AddSingleton<IFactStore>(sp => Select<IFactStore>(sp));
        return services;
    }

    private static T Select<T>(IServiceProvider services)
        where T : class
    {
        var provider = services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider;
        return provider.ToUpperInvariant() switch
        {
            "SQLITE" => (T)(object)services.GetRequiredService<SqliteDocumentStore>(),
            _ => throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions),
                [$"Storage:Provider '{provider}' is not known; valid names: {string.Join(", ", Providers)}."]),
        };
    }
}
