using System.Text.Json.Nodes;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Teams.App.Cards;
using ScrutinyBot.Teams.Digests;

namespace ScrutinyBot.Teams.Tests.Digests;

public sealed class DigestCardBuilderTests
{
    [Fact]
    public void Build_Digest_AdaptiveCard15WithFourSectionsAndCitedLines()
    {
        var card = DigestCardBuilder.Build(DigestSamples.Small());

        Assert.Equal(("AdaptiveCard", "1.5"), ((string?)card["type"], (string?)card["version"]));
        var texts = Texts(card);
        Assert.Contains("New resolutions (1)", texts);
        Assert.Contains("Overdue (1)", texts);
        Assert.Contains("Awaiting a full response (1)", texts);
        Assert.Contains("Due soon (1)", texts);
        Assert.Contains("Source: tracker.txt, meeting 13 November 2024, page 7", texts);
        Assert.Contains("Source: pack.txt, meeting 13 November 2024, page 3", texts);
        Assert.Contains("Response was due: 3 January 2025", texts);
        Assert.Contains(texts, t => t.StartsWith("Children and Young People Scrutiny Committee · 13 November 2024 · Fair Access", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_EmptyDigest_SaysNothingNew()
    {
        var card = DigestCardBuilder.Build(new Digest(new DateOnly(2025, 1, 15), [], [], [], []));

        Assert.Contains(Texts(card), t => t.StartsWith("Nothing new", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ManyLines_StaysWithinBudgetAndSaysHowManyMore()
    {
        var card = DigestCardBuilder.Build(DigestSamples.Large(200));

        Assert.True(CardBudget.Size(card) <= CardBudget.MaxCardChars);
        Assert.Contains(Texts(card), t => t.Contains("more items not shown", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ManyNewResolutions_OverdueStillShown()
    {
        var small = DigestSamples.Small();
        var resolutions = Enumerable.Range(1, 60).Select(i => small.NewResolutions[0] with { Text = "Resolution " + i }).ToList();

        var card = DigestCardBuilder.Build(small with { NewResolutions = resolutions });

        var texts = Texts(card);
        Assert.Contains("That wellbeing is included in the revised Fair Access Protocol.", texts);
        Assert.Contains("That the newsletter is circulated.", texts);
        Assert.Contains(texts, t => t.Contains("more items not shown", StringComparison.Ordinal));
    }

    private static List<string> Texts(JsonNode node) => node switch
    {
        JsonObject o when (string?)o["type"] is "TextBlock" or "TextRun" => [(string)o["text"]!],
        JsonObject o => [.. o.SelectMany(p => p.Value is null ? [] : Texts(p.Value))],
        JsonArray a => [.. a.SelectMany(n => n is null ? [] : Texts(n))],
        _ => [],
    };
}
