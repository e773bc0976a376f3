namespace ScrutinyBot.Host.Telemetry;

/// <summary>Where to send traces and metrics (section "Telemetry:Otlp").</summary>
public sealed class OtlpExportOptions
{
    /// <summary>The collector's URL, e.g. http://localhost:4317 (gRPC) or http://localhost:4318 (HTTP). Empty (the
    /// default) = no export.</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>"grpc" (the default) or "http/protobuf".</summary>
    public string Protocol { get; set; } = "grpc";

    /// <summary>How often metrics are exported, milliseconds. Default 60000.</summary>
    public int MetricExportIntervalMilliseconds { get; set; } = 60_000;

    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);
}
