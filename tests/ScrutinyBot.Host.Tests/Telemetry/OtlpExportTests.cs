using ScrutinyBot.Host.Tests.Ingestion;

namespace ScrutinyBot.Host.Tests.Telemetry;

/// <summary>With Telemetry:Otlp:Endpoint set, the real host sends its spans and metrics to the collector.</summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Ingest_OtlpHttpEndpointSet_ExportsTracesAndMetricsToTheirPaths()
    {
        using var collector = new OtlpReceiver();
        var factory = new IngestionHostFactory(new Dictionary<string, string?>
        {
            ["Telemetry:Otlp:Endpoint"] = collector.Endpoint,
            ["Telemetry:Otlp:Protocol"] = "http/protobuf",
            ["Telemetry:Otlp:MetricExportIntervalMilliseconds"] = "1000",
        });
        try
        {
            _ = factory.Server; // starts the host, and with it the OpenTelemetry providers
            var paper = Path.Combine(factory.Folder, "minutes.txt");
            await File.WriteAllTextAsync(paper, "Minutes of the Children's Scrutiny Committee held on 13 November 2024.\nPresent: Councillor A Smith (Chair).");

            var (code, _) = await factory.RunAsync("ingest", paper);

            Assert.Equal(0, code);
            // Spans leave in batches (every 5 s) and metrics every second; on a busy machine give them a minute.
            using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
            while (!Exported(collector) && !patience.IsCancellationRequested)
            {
                await Task.Delay(200, CancellationToken.None);
            }
        }
        finally
        {
            factory.Dispose();
        }

        Assert.Contains("POST /v1/traces", collector.Paths);
        Assert.Contains("POST /v1/metrics", collector.Paths);
    }

    private static bool Exported(OtlpReceiver collector) =>
        collector.Paths.Contains("POST /v1/traces") && collector.Paths.Contains("POST /v1/metrics");
}
