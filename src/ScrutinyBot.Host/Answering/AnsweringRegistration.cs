namespace ScrutinyBot.Host.Answering;

public static class AnsweringRegistration
{
    public static IServiceCollection AddAnswering(this IServiceCollection services) => services;
}
