namespace ScrutinyBot.Host.Telemetry;

/// <summary>Traces and metrics export (section "Telemetry"). Nothing leaves the host unless an OTLP endpoint is set.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>The service name the traces and metrics carry.</summary>
    public const string ServiceName = "scrutinybot";

    /// <summary>The OpenTelemetry Protocol exporter; off while its endpoint is empty (the default).</summary>
    public OtlpExportOptions Otlp { get; set; } = new();
}
