using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Core.Ingestion;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Host.Telemetry;

public static class TelemetryRegistration
{
    /// <summary>ScrutinyBot's spans and metrics (turns, answers, ingestion, digest posts) plus ASP.NET Core and
    /// HttpClient instrumentation, through OpenTelemetry; exported over OTLP only when Telemetry:Otlp:Endpoint is set.
    /// Call after the features it measures are registered (it wraps their services).</summary>
    public static IServiceCollection AddScrutinyTelemetry(this IServiceCollection services)
    {
        services.AddOptions<TelemetryOptions>()
            .BindConfiguration(TelemetryOptions.SectionName)
            .Validate(o => !o.Otlp.Enabled || Uri.TryCreate(o.Otlp.Endpoint, UriKind.Absolute, out _), "Telemetry:Otlp:Endpoint must be an absolute URL, or empty for no export.")
            .Validate(o => o.Otlp.Protocol is "grpc" or "http/protobuf", "Telemetry:Otlp:Protocol must be grpc or http/protobuf.")
            .Validate(o => o.Otlp.MetricExportIntervalMilliseconds >= 1000, "Telemetry:Otlp:MetricExportIntervalMilliseconds must be at least 1000.")
            .ValidateOnStart();
        services.AddMetrics();
        services.AddSingleton<ScrutinyTelemetry>();
        services.Decorate<IQuestionAnswerer>((sp, inner) => new InstrumentedQuestionAnswerer(inner, sp.GetRequiredService<ScrutinyTelemetry>()));
        services.Decorate<IIngestionPipeline>((sp, inner) => new InstrumentedIngestionPipeline(inner, sp.GetRequiredService<ScrutinyTelemetry>()));
        services.Decorate<IDigestPoster>((sp, inner) => new InstrumentedDigestPoster(inner, sp.GetRequiredService<ScrutinyTelemetry>()));
        services.Decorate<IBot>((sp, inner) => new InstrumentedBot(inner, sp.GetRequiredService<ScrutinyTelemetry>()));
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(TelemetryOptions.ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(ScrutinyTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddProcessor(sp => Otlp(sp, "v1/traces") is { } exporter
                    ? (BaseProcessor<System.Diagnostics.Activity>)new BatchActivityExportProcessor(new OtlpTraceExporter(exporter))
                    : new NoTraceExport()))
            .WithMetrics(metrics => metrics
                .AddMeter(ScrutinyTelemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddReader(sp => Otlp(sp, "v1/metrics") is { } exporter
                    ? (MetricReader)new PeriodicExportingMetricReader(new OtlpMetricExporter(exporter), IntervalOf(sp))
                    : new BaseExportingMetricReader(new NoMetricExport())));
        return services;
    }

    private static int IntervalOf(IServiceProvider services) =>
        services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Otlp.MetricExportIntervalMilliseconds;

    /// <summary>The exporter settings, or null when no endpoint is set (nothing is exported). Over HTTP each signal
    /// has its own path under the endpoint (/v1/traces, /v1/metrics); over gRPC the endpoint is used as it is.</summary>
    private static OtlpExporterOptions? Otlp(IServiceProvider services, string signalPath)
    {
        var otlp = services.GetRequiredService<IOptions<TelemetryOptions>>().Value.Otlp;
        if (!otlp.Enabled)
        {
            return null;
        }

        var grpc = otlp.Protocol == "grpc";
        return new OtlpExporterOptions
        {
            Endpoint = grpc ? new Uri(otlp.Endpoint) : new Uri(otlp.Endpoint.TrimEnd('/') + "/" + signalPath),
            Protocol = grpc ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf,
        };
    }
}
