using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace ScrutinyBot.Host.Telemetry;

/// <summary>What stands in for the OTLP exporter while Telemetry:Otlp:Endpoint is empty: nothing leaves the host
/// (metrics are only collected on demand, so no timer runs).</summary>
internal static class NoExport
{
    public sealed class Traces : BaseProcessor<Activity>;

    public sealed class Metrics : BaseExporter<Metric>
    {
        public override ExportResult Export(in Batch<Metric> batch) => ExportResult.Success;
    }
}
