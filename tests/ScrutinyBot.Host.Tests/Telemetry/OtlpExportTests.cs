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
        });
        try
        {
            _ = factory.Server; // starts the host, and with it the OpenTelemetry providers
            var paper = Path.Combine(factory.Folder, "minutes.txt");
            await File.WriteAllTextAsync(paper, "Minutes of the Children's Scrutiny Committee held on 13 November 2024.\nPresent: Councillor A Smith (Chair).");

            var (code, _) = await factory.RunAsync("ingest", paper);

            Assert.Equal(0, code);
        }
        finally
        {
            factory.Dispose(); // shutting the host down flushes both exporters
        }

        Assert.Contains("POST /v1/traces", collector.Paths);
        Assert.Contains("POST /v1/metrics", collector.Paths);
    }
}
