namespace ScrutinyBot.Host.Retrieval;

public static class RetrievalRegistration
{
    public static IServiceCollection AddRetrieval(this IServiceCollection services) => services;
}
