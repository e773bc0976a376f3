using Microsoft.Extensions.DependencyInjection;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Host.Tests.Ingestion;

public sealed class WatchFolderServiceTests
{
    [Fact]
    public async Task Serve_FileDroppedIntoWatchDirectory_IsIngestedWithoutRestart()
    {
        var watch = Path.Combine(Path.GetTempPath(), "scrutinybot-watch", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(watch);
        await File.WriteAllTextAsync(Path.Combine(watch, "existing.txt"), "Minutes of an earlier meeting.");
        using var sut = new IngestionHostFactory(new() { ["Ingestion:WatchDirectory"] = watch });
        var store = sut.Services.GetRequiredService<IDocumentStore>();
        await WaitForAsync(store, "existing.txt");

        await File.WriteAllBytesAsync(Path.Combine(watch, "broken.pdf"), [1, 2, 3]);
        await File.WriteAllTextAsync(Path.Combine(watch, "new.txt"), "Minutes of the new meeting.");

        Assert.True(await WaitForAsync(store, "new.txt"), "new.txt was not ingested");
        Assert.DoesNotContain(await store.ListDocumentsAsync(CancellationToken.None), d => d.Source == "broken.pdf");
        Directory.Delete(watch, recursive: true);
    }

    private static async Task<bool> WaitForAsync(IDocumentStore store, string source)
    {
        for (var i = 0; i < 150; i++)
        {
            if ((await store.ListDocumentsAsync(CancellationToken.None)).Any(d => d.Source == source))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
