using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Extraction.Meetings;
using ScrutinyBot.Core.Extraction.Resolutions;
using ScrutinyBot.Core.Extraction.Splitting;

namespace ScrutinyBot.Core.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the pack splitter, the fact extractors and <see cref="IDocumentExtractor"/>.
    /// <see cref="ExtractionOptions"/> get their defaults here; the host binds them to the "Ingestion" section.
    /// </summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        services.AddOptions<ExtractionOptions>();
        services.AddSingleton<PackSplitter>();
        services.AddSingleton<MeetingExtractor>();
        services.AddSingleton<AttendanceExtractor>();
        services.AddSingleton<ResolutionExtractor>();
        services.AddSingleton<IDocumentExtractor, DocumentExtractor>();
        return services;
    }
}
