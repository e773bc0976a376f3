using Microsoft.Extensions.DependencyInjection;

namespace ScrutinyBot.Core.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        services.AddSingleton<IDocumentExtractor, DocumentExtractor>();
        return services;
    }
}
