using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ScrutinyBot.Teams.App.Commands;
using ScrutinyBot.Teams.Tests.App.Fakes;

namespace ScrutinyBot.Teams.Tests.App.Manifest;

public sealed partial class ManifestTests
{
    private readonly JsonObject _manifest = ManifestFiles.Manifest();

    [Fact]
    public void Manifest_SchemaAndVersion_AreCurrentAndAgree()
    {
        var match = SchemaUrl().Match((string?)_manifest["$schema"] ?? string.Empty);

        Assert.True(match.Success, "$schema is not a Teams manifest schema URL");
        Assert.Equal(match.Groups[1].Value, (string?)_manifest["manifestVersion"]);
        Assert.True(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) >= 19, "manifest schema older than 1.19");
        Assert.Matches(@"^\d+\.\d+\.\d+$", (string?)_manifest["version"]);
    }

    [Fact]
    public void Manifest_RequiredFields_ArePresentWithinLimits()
    {
        Assert.Equal("${{TEAMS_APP_ID}}", (string?)_manifest["id"]);
        var developer = _manifest["developer"]!;
        // No placeholder developer URLs are shipped: `package` fills these from the TeamsApp settings.
        Assert.Equal(
            ["${{DEVELOPER_NAME}}", "${{DEVELOPER_WEBSITE_URL}}", "${{PRIVACY_URL}}", "${{TERMS_OF_USE_URL}}"],
            new[] { "name", "websiteUrl", "privacyUrl", "termsOfUseUrl" }.Select(f => (string?)developer[f]));

        Assert.InRange(((string?)_manifest["name"]!["short"])!.Length, 1, 30);
        Assert.InRange(((string?)_manifest["name"]!["full"])!.Length, 1, 100);
        Assert.InRange(((string?)_manifest["description"]!["short"])!.Length, 1, 80);
        Assert.InRange(((string?)_manifest["description"]!["full"])!.Length, 1, 4000);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", (string?)_manifest["accentColor"]);
        Assert.NotEmpty(_manifest["validDomains"]!.AsArray());
    }

    [Fact]
    public void Manifest_Bot_HasAllScopesAndPlaceholderId()
    {
        var bot = _manifest["bots"]!.AsArray().Single()!;

        Assert.Equal("${{BOT_ID}}", (string?)bot["botId"]);
        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => (string?)s));
    }

    [Fact]
    public void Manifest_CommandLists_WithinLimits()
    {
        foreach (var list in CommandLists())
        {
            var commands = list["commands"]!.AsArray();
            Assert.InRange(commands.Count, 1, 12);
            Assert.All(commands, c =>
            {
                Assert.InRange(((string?)c!["title"])!.Length, 1, 32);
                Assert.InRange(((string?)c["description"])!.Length, 1, 128);
            });
        }
    }

    [Fact]
    public void Manifest_EveryCommand_HasHandlerInCommandTable()
    {
        var table = new CommandTableFactory().Create();

        foreach (var title in CommandTitles())
        {
            var match = table.Match(title);
            Assert.False(match.Unknown, $"'{title}' is unknown to the command table");
            Assert.Equal(title, match.Command.Descriptor.Name);
            Assert.Equal(string.Empty, match.Arguments);
        }
    }

    [Fact]
    public void Manifest_ListsEveryCommandTheBotHas()
    {
        Assert.Equal(CommandCatalog.All.Select(c => c.Name).Order(), CommandTitles().Order());
    }

    [Fact]
    public void Manifest_SearchExtension_IsOneQueryCommandWithInitialRun()
    {
        var extension = _manifest["composeExtensions"]!.AsArray().Single()!;
        var command = extension["commands"]!.AsArray().Single()!;

        Assert.Equal("${{BOT_ID}}", (string?)extension["botId"]);
        Assert.Equal("query", (string?)command["type"]);
        Assert.True((bool?)command["initialRun"]);
        Assert.Single(command["parameters"]!.AsArray());
    }

    [Theory]
    [InlineData("color", 192)]
    [InlineData("outline", 32)]
    public void Icons_HaveTheSizesTeamsRequires(string icon, int size)
    {
        var png = PngImage.Read(Path.Combine(ManifestFiles.Directory, (string)_manifest["icons"]![icon]!));

        Assert.Equal(size, png.Width);
        Assert.Equal(size, png.Height);
    }

    [Fact]
    public void OutlineIcon_IsWhiteOnTransparent()
    {
        var png = PngImage.Read(Path.Combine(ManifestFiles.Directory, "outline.png"));

        Assert.Equal(6, png.ColorType);
        var pixels = png.Rgba.Chunk(4).ToList();
        Assert.All(pixels, p => Assert.True(p[3] == 0 || (p[0] == 255 && p[1] == 255 && p[2] == 255), "a pixel is neither transparent nor white"));
        Assert.Contains(pixels, p => p[3] == 255);
        Assert.Contains(pixels, p => p[3] == 0);
    }

    private IEnumerable<JsonNode> CommandLists() =>
        _manifest["bots"]!.AsArray().SelectMany(b => b!["commandLists"]!.AsArray()).Select(l => l!);

    private List<string> CommandTitles() =>
        [.. CommandLists().SelectMany(l => l["commands"]!.AsArray()).Select(c => (string)c!["title"]!).Distinct()];

    [GeneratedRegex(@"^https://developer\.microsoft\.com/json-schemas/teams/v(1\.(\d+))/MicrosoftTeams\.schema\.json$")]
    private static partial Regex SchemaUrl();
}
