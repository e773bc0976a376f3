using Microsoft.Extensions.Options;

namespace ScrutinyBot.Host.Answering;

/// <summary>In <c>serve</c>, runs the <see cref="AnswerWarmup"/> once at start. A failure is logged and never stops
/// the host: the bot then warms up on its first question instead.</summary>
internal sealed partial class AnswerWarmupService(IServiceProvider services, IOptions<AnswerWarmupOptions> options, ILogger<AnswerWarmupService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var count = options.Value.WarmupQuestions;
        if (count == 0)
        {
            return;
        }

        await Task.Yield();
        try
        {
            var took = await new AnswerWarmup(services).RunAsync(count, stoppingToken).ConfigureAwait(false);
            LogWarmedUp(logger, count, (long)took.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogWarmupFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Answering warmed up: {Count} questions answered to itself in {Milliseconds} ms")]
    private static partial void LogWarmedUp(ILogger logger, int count, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The answering warm-up failed; the first question will be slower")]
    private static partial void LogWarmupFailed(ILogger logger, Exception exception);
}
