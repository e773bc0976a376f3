using System.Text.Json.Nodes;
using ScrutinyBot.Host.Cli;

namespace ScrutinyBot.Host.Tests.Digests;

public sealed class DigestVerbTests
{
    private static readonly DateTimeOffset Now = new(2025, 1, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RunAsync_DryRunJson_ExactShapeWithOverdueAndHoldingReplySeparated()
    {
        using var sut = new DigestHostFactory(Now, SampleFacts.Tracker());

        var (code, output) = await sut.RunAsync("digest", "--as-of", "2025-01-15", "--dry-run", "--json");

        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!.AsObject();
        Assert.Equal(["asOf", "newResolutions", "overdue", "awaitingFullResponse", "dueSoon"], json.Select(p => p.Key));
        Assert.Equal("2025-01-15", (string?)json["asOf"]);
        var overdue = json["overdue"]!.AsArray().Single()!.AsObject();
        Assert.Equal(["committee", "meetingDate", "topic", "text", "deadline", "source"], overdue.Select(p => p.Key));
        Assert.Equal(("Fair Access", "2025-01-03", "2024-11-13", "pack.txt"), ((string?)overdue["topic"], (string?)overdue["deadline"], (string?)overdue["meetingDate"], (string?)overdue["source"]));
        Assert.Equal(["Exclusions"], json["awaitingFullResponse"]!.AsArray().Select(r => (string?)r!["topic"]));
        Assert.Equal(["Safeguarding"], json["dueSoon"]!.AsArray().Select(r => (string?)r!["topic"]));
        var resolution = json["newResolutions"]!.AsArray().Single()!.AsObject();
        Assert.Equal(["committee", "meetingDate", "text", "source"], resolution.Select(p => p.Key));
    }

    [Fact]
    public async Task RunAsync_DryRunText_CitesEachLine()
    {
        using var sut = new DigestHostFactory(Now, SampleFacts.Tracker());

        var (_, output) = await sut.RunAsync("digest", "--as-of", "2025-01-15", "--dry-run");

        Assert.Contains("Overdue (1)", output, StringComparison.Ordinal);
        Assert.Contains("[pack.txt, p. 7]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SubscriptionAfterItsDigest_NoResolutionsRepeated()
    {
        using var sut = new DigestHostFactory(Now, SampleFacts.Tracker());
        var commands = (Core.Digests.ISubscriptionCommands)sut.Services.GetService(typeof(Core.Digests.ISubscriptionCommands))!;
        await commands.SubscribeAsync(new("conv-1", "{}"), "daily CYP", CancellationToken.None);
        await commands.PostNowAsync(new("conv-1", "{}"), CancellationToken.None);
        var store = (Core.Digests.ISubscriptionStore)sut.Services.GetService(typeof(Core.Digests.ISubscriptionStore))!;
        var id = (await store.FindByConversationAsync("conv-1", CancellationToken.None))!.Id;

        var (_, output) = await sut.RunAsync("digest", "--as-of", "2025-01-15", "--subscription", id, "--dry-run", "--json");

        Assert.Empty(JsonNode.Parse(output)!["newResolutions"]!.AsArray());
        Assert.Single(JsonNode.Parse(output)!["overdue"]!.AsArray());
    }

    [Theory]
    [InlineData("--as-of", "2025-01-15")]
    [InlineData("--dry-run")]
    [InlineData("--as-of", "15/01/2025", "--dry-run")]
    [InlineData("--as-of", "2025-01-15", "--subscription", "nope", "--dry-run")]
    public async Task RunAsync_BadArguments_UsageError(params string[] args)
    {
        using var sut = new DigestHostFactory(Now, SampleFacts.Tracker());

        await Assert.ThrowsAsync<CliUsageException>(() => sut.RunAsync("digest", args));
    }

    [Fact]
    public async Task RunAsync_Run_PostsDueDigests()
    {
        using var sut = new DigestHostFactory(Now, SampleFacts.Tracker(), pollSeconds: 86_400);
        var commands = (Core.Digests.ISubscriptionCommands)sut.Services.GetService(typeof(Core.Digests.ISubscriptionCommands))!;
        await commands.SubscribeAsync(new("conv-1", "{}"), "daily at 09:00", CancellationToken.None);
        sut.Time.Advance(TimeSpan.FromHours(22));

        var (code, output) = await sut.RunAsync("digest", "run");

        Assert.Equal(0, code);
        Assert.Contains("1 posted", output, StringComparison.Ordinal);
    }
}
