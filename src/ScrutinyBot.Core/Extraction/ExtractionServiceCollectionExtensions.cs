using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Extraction.Agenda;
using ScrutinyBot.Core.Extraction.Meetings;
using ScrutinyBot.Core.Extraction.Recommendations;
using ScrutinyBot.Core.Extraction.Resolutions;
using ScrutinyBot.Core.Extraction.Splitting;
using ScrutinyBot.Core.Extraction.Trackers;
using ScrutinyBot.Core.Extraction.WorkProgramme;

namespace ScrutinyBot.Core.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the pack splitter, the fact extractors and <see cref="IDocumentExtractor"/>.
    /// The statutory response period comes from IngestionOptions.ResponsePeriodMonths (section "Ingestion").
    /// </summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        services.AddOptions();
        services.AddSingleton<PackSplitter>();
        services.AddSingleton<MeetingExtractor>();
        services.AddSingleton<AttendanceExtractor>();
        services.AddSingleton<ResolutionExtractor>();
        services.AddSingleton<TrackerExtractor>();
        services.AddSingleton<MinutesRecommendationExtractor>();
        services.AddSingleton<WorkProgrammeExtractor>();
        services.AddSingleton<AgendaItemExtractor>();
        services.AddSingleton<IDocumentExtractor, DocumentExtractor>();
        return services;
    }
}
