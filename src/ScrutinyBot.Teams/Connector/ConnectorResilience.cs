using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace ScrutinyBot.Teams.Connector;

/// <summary>The Connector HttpClient's resilience pipeline (Microsoft.Extensions.Http.Resilience / Polly): a retry
/// following <see cref="ConnectorRetryRules"/>, waiting Retry-After when the Connector sends one, else exponential
/// backoff with jitter, within <see cref="ConnectorOptions.MaxAttempts"/> and
/// <see cref="ConnectorOptions.MaxTotalDelayMilliseconds"/> (a retry whose wait would pass the cap is not made);
/// inside it, a timeout per attempt (<see cref="ConnectorOptions.RequestTimeoutSeconds"/>). Times come from the
/// registered <see cref="TimeProvider"/>.</summary>
public static partial class ConnectorResilience
{
    public const string PipelineName = "connector";

    private static readonly ResiliencePropertyKey<TimeSpan> NextDelay = new("scrutinybot.connector.next-delay");
    private static readonly ResiliencePropertyKey<TimeSpan> Waited = new("scrutinybot.connector.waited");

    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddResilienceHandler(PipelineName, static (pipeline, context) =>
        {
            var services = context.ServiceProvider;
            var settings = services.GetRequiredService<IOptions<ConnectorOptions>>().Value;
            var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ConnectorClient));
            pipeline.TimeProvider = time;
            if (settings.MaxAttempts > 1)
            {
                pipeline.AddRetry(Retry(settings, time, logger));
            }

            pipeline.AddTimeout(TimeSpan.FromSeconds(settings.RequestTimeoutSeconds));
        });
        return builder;
    }

    private static RetryStrategyOptions<HttpResponseMessage> Retry(ConnectorOptions settings, TimeProvider time, ILogger logger) => new()
    {
        MaxRetryAttempts = settings.MaxAttempts - 1,
        ShouldHandle = args =>
        {
            if (!ConnectorRetryRules.IsRetryable(args.Context.GetRequestMessage()?.Method, args.Outcome))
            {
                return ValueTask.FromResult(false);
            }

            var requested = ConnectorRetryRules.RetryAfterOf(args.Outcome.Result, time);
            var delay = requested is { } wait && wait > TimeSpan.Zero ? wait : Backoff(args.AttemptNumber + 1, settings);
            var waited = args.Context.Properties.GetValue(Waited, TimeSpan.Zero);
            if (waited + delay > TimeSpan.FromMilliseconds(settings.MaxTotalDelayMilliseconds))
            {
                return ValueTask.FromResult(false);
            }

            args.Context.Properties.Set(NextDelay, delay);
            return ValueTask.FromResult(true);
        },
        DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Context.Properties.GetValue(NextDelay, TimeSpan.Zero)),
        OnRetry = args =>
        {
            args.Context.Properties.Set(Waited, args.Context.Properties.GetValue(Waited, TimeSpan.Zero) + args.RetryDelay);
            var request = args.Context.GetRequestMessage();
            LogRetrying(logger, request?.Method.Method, request?.RequestUri?.AbsolutePath, (int?)args.Outcome.Result?.StatusCode ?? 0,
                args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, args.Outcome.Exception);
            return ValueTask.CompletedTask;
        },
    };

    /// <summary>Base delay doubled per retry, capped, with jitter (50–100% of it).</summary>
    private static TimeSpan Backoff(int attempt, ConnectorOptions settings)
    {
        var exponential = settings.BaseDelayMilliseconds * Math.Pow(2, attempt - 1);
        var capped = Math.Min(exponential, settings.MaxDelayMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() * 0.5)));
    }

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Connector {Method} {Path} got {StatusCode} on attempt {Attempt}; retrying in {DelayMs} ms")]
    private static partial void LogRetrying(ILogger logger, string? method, string? path, int statusCode, int attempt, double delayMs, Exception? exception);
}
