using System.Net;
using ScrutinyBot.Host.Tests.Ingestion;

namespace ScrutinyBot.Host.Tests.Hosting;

/// <summary>GET /healthz on the real host: it asks the store, not just the web server.</summary>
public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Healthz_StoreOpens_Returns200Ok()
    {
        using var factory = new IngestionHostFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Healthz_StoreFileIsNotADatabase_Returns503WithReason()
    {
        using var factory = new IngestionHostFactory();
        var data = Path.Combine(factory.Folder, "data");
        Directory.CreateDirectory(data);
        await File.WriteAllTextAsync(Path.Combine(data, "scrutinybot.db"), new string('x', 4096));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.StartsWith("store: the store cannot be opened or queried", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
