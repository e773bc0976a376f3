using Microsoft.Extensions.DependencyInjection.Extensions;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Answering.Generative;
using ScrutinyBot.Host.Cli;

namespace ScrutinyBot.Host.Answering;

public static class AnsweringRegistration
{
    public static IServiceCollection AddAnswering(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ExtractiveAnswerer>();
        services.AddSingleton<FactSnapshotCache>();
        services.AddSingleton<ResponseFactAnswers>();
        services.AddSingleton<IFactAnswerer, FactAnswerer>();
        services.AddSingleton<IAnswerGenerator, DisabledAnswerGenerator>();
        services.AddSingleton<IQuestionAnswerer, QuestionAnswerer>();
        services.AddSingleton<ICliVerb, AskVerb>();
        return services;
    }
}
