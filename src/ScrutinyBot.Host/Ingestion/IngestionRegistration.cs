namespace ScrutinyBot.Host.Ingestion;

public static class IngestionRegistration
{
    public static IServiceCollection AddIngestion(this IServiceCollection services) => services;
}
