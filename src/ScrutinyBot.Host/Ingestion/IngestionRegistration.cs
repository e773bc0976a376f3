using Microsoft.Extensions.DependencyInjection.Extensions;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Ingestion;
using ScrutinyBot.Core.Ingestion.Readers;
using ScrutinyBot.Core.Retrieval.Chunking;
using ScrutinyBot.Host.Cli;

namespace ScrutinyBot.Host.Ingestion;

public static class IngestionRegistration
{
    public static IServiceCollection AddIngestion(this IServiceCollection services)
    {
        services.AddOptions<IngestionOptions>()
            .BindConfiguration(IngestionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ReaderLimitsOptions>()
            .BindConfiguration(ReaderLimitsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddExtraction();
        services.AddSingleton<IDocumentReader, PdfDocumentReader>();
        services.AddSingleton<IDocumentReader, PlainTextDocumentReader>();
        services.AddSingleton<IDocumentReader, HtmlDocumentReader>();
        services.AddSingleton<IDocumentReader, DocxDocumentReader>();
        services.AddSingleton<DocumentChunker>();
        services.AddSingleton<IIngestionLock, InProcessIngestionLock>();
        services.AddSingleton<DocumentIngestor>();
        services.AddSingleton<IIngestionPipeline, IngestionPipeline>();
        services.AddCliVerb<IngestVerb>();
        services.AddCliVerb<ForgetVerb>();
        services.AddCliVerb<FactsVerb>();
        services.AddHostedService<WatchFolderService>();
        return services;
    }
}
