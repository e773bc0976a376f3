using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace ScrutinyBot.Host.Telemetry;

/// <summary>Stands in for the OTLP metric exporter while Telemetry:Otlp:Endpoint is empty: nothing leaves the host
/// (its reader only collects on demand, so no timer runs).</summary>
internal sealed class NoMetricExport : BaseExporter<Metric>
{
    public override ExportResult Export(in Batch<Metric> batch) => ExportResult.Success;
}
