using System.Text.Json;

namespace ScrutinyBot.Host.Tests.Ingestion;

public sealed class IngestionVerbsTests
{
    [Fact]
    public async Task Ingest_SamplesThenFactsJson_PrintsSummaryAndTheAgreedShape()
    {
        using var sut = new IngestionHostFactory();

        var (code, output) = await sut.RunAsync("ingest", SamplesFolder());
        var (factsCode, json) = await sut.RunAsync("facts", "--json");

        Assert.Equal(0, code);
        Assert.Contains("added 5, replaced 0, skipped 0, failed 0", output, StringComparison.Ordinal);
        Assert.Contains("[5/5]", output, StringComparison.Ordinal);
        Assert.Equal(0, factsCode);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(["meetings", "resolutions", "recommendations", "workProgramme", "attendance"],
            document.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.All(document.RootElement.EnumerateObject(), p => Assert.Equal(JsonValueKind.Array, p.Value.ValueKind));
    }

    [Fact]
    public async Task Ingest_AgainUnchanged_SkipsAll()
    {
        using var sut = new IngestionHostFactory();
        await sut.RunAsync("ingest", SamplesFolder());

        var (code, output) = await sut.RunAsync("ingest", SamplesFolder());

        Assert.Equal(0, code);
        Assert.Contains("added 0, replaced 0, skipped 5, failed 0", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_OneBadFile_ExitCodeOneAndGoodFileStillIn()
    {
        using var sut = new IngestionHostFactory();
        var bad = Path.Combine(sut.Folder, "bad.pdf");
        await File.WriteAllBytesAsync(bad, [1, 2, 3, 4, 5]);
        var good = Directory.EnumerateFiles(SamplesFolder(), "*.txt").First();

        var (code, output) = await sut.RunAsync("ingest", bad, good);
        var (_, facts) = await sut.RunAsync("facts");

        Assert.Equal(1, code);
        Assert.Contains("FAILED bad.pdf:", output, StringComparison.Ordinal);
        Assert.Contains("added 1, replaced 0, skipped 0, failed 1", output, StringComparison.Ordinal);
        Assert.StartsWith("1 document(s)", facts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_IngestedFileName_RemovesItAndUnknownNameFails()
    {
        using var sut = new IngestionHostFactory();
        var file = Directory.EnumerateFiles(SamplesFolder(), "*.txt").First();
        await sut.RunAsync("ingest", file);

        var (code, output) = await sut.RunAsync("forget", Path.GetFileName(file));
        var (againCode, _) = await sut.RunAsync("forget", Path.GetFileName(file));
        var (_, facts) = await sut.RunAsync("facts");

        Assert.Equal(0, code);
        Assert.Contains("forgot " + Path.GetFileName(file), output, StringComparison.Ordinal);
        Assert.Equal(1, againCode);
        Assert.StartsWith("0 document(s)", facts, StringComparison.Ordinal);
    }

    internal static string SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var samples = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(dir.FullName, "ScrutinyBot.sln")) && Directory.Exists(samples))
            {
                return samples;
            }
        }

        throw new DirectoryNotFoundException("samples/ not found above the test binaries.");
    }
}
