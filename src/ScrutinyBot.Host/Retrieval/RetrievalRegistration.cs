using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Retrieval.Spelling;
using ScrutinyBot.Core.Retrieval.Sqlite;

namespace ScrutinyBot.Host.Retrieval;

public static class RetrievalRegistration
{
    public static IServiceCollection AddRetrieval(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>()
            .BindConfiguration(SearchOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => SearchOptions.Providers.Contains(o.Provider, StringComparer.OrdinalIgnoreCase),
                $"Search:Provider must be one of: {string.Join(", ", SearchOptions.Providers)}.")
            .ValidateOnStart();
        services.AddOptions<SqliteSearchOptions>()
            .BindConfiguration(SqliteSearchOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<RetrievalOptions>()
            .BindConfiguration(RetrievalOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton<SqliteSearchIndex>();
        services.AddSingleton<ISearchIndex>(sp => sp.GetRequiredService<IOptions<SearchOptions>>().Value.Provider.ToUpperInvariant() switch
        {
            "SQLITE" => sp.GetRequiredService<SqliteSearchIndex>(),
            var other => throw new InvalidOperationException($"Search:Provider '{other}' is not known; use one of: {string.Join(", ", SearchOptions.Providers)}."),
        });
        services.AddSingleton<IIndexVocabulary, SqliteIndexVocabulary>();
        services.AddSingleton<ICommitteeDirectory, SqliteCommitteeDirectory>();
        services.AddSingleton<QuestionAnalyzerService>();
        services.AddSingleton<PassageRetriever>();
        services.AddEmbeddings();
        return services;
    }
}
