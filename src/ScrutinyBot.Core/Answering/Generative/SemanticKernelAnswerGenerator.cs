using System.ClientModel;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Answering.Generative;

/// <summary>Has the configured chat model write the answer from the retrieved passages only, then checks its
/// citations. A timeout, an error, a refusal or a bad citation falls back to the extractive answer with a note.</summary>
public sealed partial class SemanticKernelAnswerGenerator(
    IChatCompletionService chat,
    IOptions<AIOptions> options,
    TimeProvider time,
    ILogger<SemanticKernelAnswerGenerator> logger) : IAnswerGenerator
{
    public const string TimeoutNote = "The language model did not answer in time, so this answer was picked from the papers.";
    public const string ErrorNote = "The language model could not be reached, so this answer was picked from the papers.";
    public const string UncitedNote = "The language model's answer could not be checked against the papers, so this answer was picked from them.";

    private static readonly Lazy<string> SystemPrompt = new(() => PromptResources.Read("AnswerSystem.prompt.txt"));

    public bool IsEnabled => options.Value.ChatEnabled;

    public async Task<GenerationOutcome> GenerateAsync(string question, RetrievalResult retrieval, Answer? facts, CancellationToken cancellationToken)
    {
        var history = new ChatHistory(SystemPrompt.Value);
        var evidence = new PromptEvidence(retrieval.Passages, facts?.Citations ?? []);
        history.AddUserMessage(PassagePrompt.Build(question, evidence, facts?.Text));
        var settings = new OpenAIPromptExecutionSettings { Temperature = 0, MaxTokens = 600 };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(options.Value.TimeoutSeconds), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            var reply = await chat.GetChatMessageContentAsync(history, settings, kernel: null, linked.Token).ConfigureAwait(false);
            if (GeneratedAnswerValidator.IsDecline(reply.Content))
            {
                return GenerationOutcome.NotFound();
            }

            var answer = GeneratedAnswerValidator.Validate(reply.Content ?? string.Empty, evidence);
            if (answer is null)
            {
                LogUncited(logger, evidence.Count);
                return GenerationOutcome.Declined(UncitedNote);
            }

            return new GenerationOutcome(answer, null);
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            LogTimeout(logger, options.Value.TimeoutSeconds, ex);
            return GenerationOutcome.Declined(TimeoutNote);
        }
        catch (Exception ex) when (ex is HttpOperationException or HttpRequestException or ClientResultException or KernelException)
        {
            if (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                LogTimeout(logger, options.Value.TimeoutSeconds, ex);
                return GenerationOutcome.Declined(TimeoutNote);
            }

            LogFailed(logger, ex);
            return GenerationOutcome.Declined(ErrorNote);
        }
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "The language model did not answer within {TimeoutSeconds} s; using the extractive answer")]
    private static partial void LogTimeout(ILogger logger, int timeoutSeconds, Exception exception);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "The language model call failed; using the extractive answer")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Information, Message = "The language model's answer cited none of the {PassageCount} passages it was given (or one it was not); using the extractive answer")]
    private static partial void LogUncited(ILogger logger, int passageCount);
}
