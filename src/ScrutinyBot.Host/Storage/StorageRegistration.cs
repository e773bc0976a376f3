using Microsoft.Extensions.DependencyInjection.Extensions;
using ScrutinyBot.Core.Sources;
using ScrutinyBot.Core.Sources.Sqlite;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Host.Storage;

public static class StorageRegistration
{
    /// <summary>The engines Storage:Provider can name.</summary>
    public static readonly IReadOnlyList<string> Providers = [StorageEngineSwitch.Sqlite, StorageEngineSwitch.Postgres];

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
        services.AddSingleton<IDocumentStore>(sp => sp.GetRequiredService<SqliteDocumentStore>());
        services.AddSingleton<SqliteStoreGeneration>();
        services.AddSingleton<IStoreGeneration>(sp => sp.GetRequiredService<SqliteStoreGeneration>());
        services.AddSingleton<ISourceMeetingStore, SqliteSourceMeetingStore>();
        // One cached copy of the facts for answers, commands and digests (see FactStoreChain).
        services.AddSingleton<IFactStore>(sp => FactStoreChain.Create(sp, sp.GetRequiredService<SqliteDocumentStore>()));
        return services;
    }
}
