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
        services.AddSingleton<IDocumentStore>(sp => Select<IDocumentStore, SqliteDocumentStore>(sp));
        services.AddSingleton<SqliteStoreGeneration>();
        services.AddSingleton<IStoreGeneration>(sp => Select<IStoreGeneration, SqliteStoreGeneration>(sp));
        // One cached copy of the facts for answers, commands and digests, reloaded when the store generation moves.
        services.AddSingleton<IFactStore>(sp => new CachedFactStore(Select<IFactStore, SqliteDocumentStore>(sp), sp.GetRequiredService<IStoreGeneration>()));
        return services;
    }

    private static T Select<T, TSqlite>(IServiceProvider services)
        where T : class
        where TSqlite : class, T
    {
        var provider = services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider;
        return provider.ToUpperInvariant() switch
        {
            "SQLITE" => services.GetRequiredService<TSqlite>(),
            _ => throw new OptionsValidationException(StorageOptions.SectionName, typeof(StorageOptions),
                [$"Storage:Provider '{provider}' is not known; valid names: {string.Join(", ", Providers)}."]),
        };
    }
}
