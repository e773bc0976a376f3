using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Answering.Extractive;
using ScrutinyBot.Core.Answering.Facts;
using ScrutinyBot.Core.Answering.Generative;
using ScrutinyBot.Core.Answering.Links;
using ScrutinyBot.Host.Cli;

namespace ScrutinyBot.Host.Answering;

public static class AnsweringRegistration
{
    public const string AIHttpClientName = "AI";

    public static IServiceCollection AddAnswering(this IServiceCollection services)
    {
        services.AddOptions<AIOptions>()
            .BindConfiguration(AIOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrWhiteSpace(o.Endpoint) || Uri.TryCreate(o.Endpoint, UriKind.Absolute, out _), "AI:Endpoint must be an absolute URL (or empty to answer without a language model).")
            .ValidateOnStart();
        services.AddOptions<CitationLinksOptions>()
            .BindConfiguration(CitationLinksOptions.SectionName)
            .Validate(o => o.Folders.All(f => Uri.TryCreate(f.BaseUrl, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" && !string.IsNullOrWhiteSpace(f.Folder)),
                "Citations:Folders: each entry needs a Folder and an absolute http(s) BaseUrl.")
            .ValidateOnStart();
        services.AddSingleton<CitationLinker>();
        services.AddHttpClient(AIHttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ExtractiveAnswerer>();
        services.AddSingleton<SentenceMeaning>();
        services.AddSingleton<ResponseFactAnswers>();
        services.AddSingleton<IFactAnswerer, FactAnswerer>();
        services.AddSingleton(CreateGenerator);
        services.AddSingleton<QuestionAnswerer>();
        services.AddSingleton<SourceUrlLinker>();
        services.AddSingleton<IQuestionAnswerer, LinkedQuestionAnswerer>();
        services.AddOptions<AnswerWarmupOptions>()
            .BindConfiguration(AnswerWarmupOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHostedService<AnswerWarmupService>();
        services.AddCliVerb<AskVerb>();
        services.AddCliVerb<BenchVerb>();
        services.AddCliVerb<ExplainVerb>();
        return services;
    }

    /// <summary>The language-model answerer when AI:Endpoint and AI:ChatModel are set; otherwise one that never calls out.</summary>
    private static IAnswerGenerator CreateGenerator(IServiceProvider services)
    {
        var ai = services.GetRequiredService<IOptions<AIOptions>>().Value;
        if (!ai.ChatEnabled)
        {
            return new DisabledAnswerGenerator();
        }

        var client = OpenAIClientFactory.Create(ai, services.GetRequiredService<IHttpClientFactory>().CreateClient(AIHttpClientName));
        var chat = new OpenAIChatCompletionService(ai.ChatModel, client, services.GetService<ILoggerFactory>());
        return ActivatorUtilities.CreateInstance<SemanticKernelAnswerGenerator>(services, chat);
    }
}
