using System.IO.Compression;
using System.Text.Json.Nodes;
using ScrutinyBot.Host.Cli;
using ScrutinyBot.Host.Packaging;
using ScrutinyBot.Teams.Hosting;

namespace ScrutinyBot.Host.Tests.Packaging;

public sealed class PackageVerbTests : IDisposable
{
    private const string AppId = "2f0c5a4e-6b1d-4c39-9a51-0d6f1b7e8c21";
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "scrutinybot-package-" + Guid.NewGuid().ToString("N"));
    private static readonly TeamsAppOptions Publisher = new()
    {
        DeveloperName = "Test Council",
        WebsiteUrl = "https://council.test/",
        PrivacyUrl = "https://council.test/privacy",
        TermsOfUseUrl = "https://council.test/terms",
    };

    private readonly PackageVerb _sut = new(Microsoft.Extensions.Options.Options.Create(new BotOptions()), Microsoft.Extensions.Options.Options.Create(Publisher));

    [Fact]
    public async Task RunAsync_AppId_WritesZipWithManifestAndBothIcons()
    {
        var zipPath = Path.Combine(_directory, "out", "app.zip");

        var code = await RunAsync("--app-id", AppId, "--out", zipPath);

        Assert.Equal(0, code);
        using var zip = ZipFile.OpenRead(zipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var text = await reader.ReadToEndAsync();
        Assert.DoesNotContain("${{", text, StringComparison.Ordinal);
        var manifest = JsonNode.Parse(text)!;
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal(AppId, (string?)manifest["composeExtensions"]![0]!["botId"]);
        Assert.Empty(manifest["validDomains"]!.AsArray());
    }

    [Fact]
    public async Task RunAsync_DomainAndTeamsAppId_FillThoseFields()
    {
        var zipPath = Path.Combine(_directory, "app.zip");
        const string teamsAppId = "11111111-2222-3333-4444-555555555555";

        await RunAsync("--app-id", AppId, "--teams-app-id", teamsAppId, "--domain", "bot.example.org", "--out", zipPath);

        using var zip = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(await reader.ReadToEndAsync())!;
        Assert.Equal(teamsAppId, (string?)manifest["id"]);
        Assert.Equal(["bot.example.org"], manifest["validDomains"]!.AsArray().Select(d => (string?)d));
    }

    [Theory]
    [InlineData()]
    [InlineData("--app-id", "not-a-guid")]
    public async Task RunAsync_NoValidAppId_IsUsageError(params string[] args)
    {
        await Assert.ThrowsAsync<CliUsageException>(() => RunAsync([.. args, "--out", Path.Combine(_directory, "x.zip")]));
        Assert.False(File.Exists(Path.Combine(_directory, "x.zip")));
    }

    [Fact]
    public async Task RunAsync_NoOption_UsesBotAppIdSetting()
    {
        var zipPath = Path.Combine(_directory, "from-settings.zip");
        var sut = new PackageVerb(Microsoft.Extensions.Options.Options.Create(new BotOptions { AppId = AppId }), Microsoft.Extensions.Options.Options.Create(Publisher));

        await sut.RunAsync(VerbArguments.Parse(PackageVerb.CreateCommand(), ["--out", zipPath]), TextWriter.Null, CancellationToken.None);

        using var zip = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        Assert.Equal(AppId, (string?)JsonNode.Parse(await reader.ReadToEndAsync())!["bots"]![0]!["botId"]);
    }

    [Fact]
    public async Task RunAsync_PublisherUrlsUnset_IsUsageErrorNamingEachSetting()
    {
        var sut = new PackageVerb(Microsoft.Extensions.Options.Options.Create(new BotOptions()), Microsoft.Extensions.Options.Options.Create(new TeamsAppOptions { DeveloperName = "Test Council", PrivacyUrl = "http://council.test/privacy" }));
        var zipPath = Path.Combine(_directory, "unset.zip");

        var error = await Assert.ThrowsAsync<CliUsageException>(() => sut.RunAsync(VerbArguments.Parse(PackageVerb.CreateCommand(), ["--app-id", AppId, "--out", zipPath]), TextWriter.Null, CancellationToken.None));

        Assert.Contains("TeamsApp:WebsiteUrl", error.Message, StringComparison.Ordinal);
        Assert.Contains("TeamsApp:PrivacyUrl must be an https URL", error.Message, StringComparison.Ordinal);
        Assert.Contains("TeamsApp:TermsOfUseUrl", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("DeveloperName", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(zipPath));
    }

    [Fact]
    public async Task RunAsync_PublisherSet_WritesThemAndNoExampleUrls()
    {
        var zipPath = Path.Combine(_directory, "publisher.zip");

        await RunAsync("--app-id", AppId, "--out", zipPath);

        using var zip = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var text = await reader.ReadToEndAsync();
        var developer = JsonNode.Parse(text)!["developer"]!;
        Assert.Equal(("Test Council", "https://council.test/privacy"), ((string?)developer["name"], (string?)developer["privacyUrl"]));
        Assert.DoesNotContain("example.", text, StringComparison.OrdinalIgnoreCase);
    }

    private Task<int> RunAsync(params string[] args) =>
        _sut.RunAsync(VerbArguments.Parse(PackageVerb.CreateCommand(), args), TextWriter.Null, CancellationToken.None);

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
