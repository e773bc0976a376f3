using System.Diagnostics;
using OpenTelemetry;

namespace ScrutinyBot.Host.Telemetry;

/// <summary>Stands in for the OTLP trace exporter while Telemetry:Otlp:Endpoint is empty: no span leaves the host.</summary>
internal sealed class NoTraceExport : BaseProcessor<Activity>;
