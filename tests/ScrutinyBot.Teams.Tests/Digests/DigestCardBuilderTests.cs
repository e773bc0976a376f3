using System.Text.Json.Nodes;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Teams.App.Cards;
using ScrutinyBot.Teams.Digests;
using ScrutinyBot.Teams.Tests.App.Fakes;

namespace ScrutinyBot.Teams.Tests.Digests;

public sealed class DigestCardBuilderTests
{
    [Fact]
    public void Build_Digest_OverdueAwaitingAndDueSoonBeforeResolutionsEachCited()
    {
        var card = DigestCardBuilder.Build(DigestSamples.Small());

        Assert.Equal(("AdaptiveCard", "1.5"), ((string?)card["type"], (string?)card["version"]));
        var texts = Texts(card);
        var order = new[] { "Overdue (past the deadline, no response): 1", "Awaiting a full response (only a partial reply): 1", "Due soon: 1", "New resolutions: 1" }
            .Select(h => texts.IndexOf(h)).ToList();
        Assert.All(order, i => Assert.True(i >= 0));
        Assert.Equal(order.Order(), order);
        Assert.Contains("From tracker.txt · page 7", texts);
        Assert.Contains(texts, t => t.StartsWith("• Rec 1 Fair Access: That wellbeing is included", StringComparison.Ordinal) && t.EndsWith("was due 3 January 2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_LinesWithTheirPapersAddress_OfferToOpenThem()
    {
        var small = DigestSamples.Small();
        var digest = small with
        {
            NewResolutions = [small.NewResolutions[0] with { Link = "https://democracy.kent.test/mgConvert2PDF.aspx?ID=30215#page=3" }],
            Overdue = [small.Overdue[0] with { Link = "https://democracy.kent.test/documents/s30216/tracker.txt", Paged = false }],
        };

        var card = DigestCardBuilder.Build(digest);

        var urls = CardInspector.Elements(card, "Action.OpenUrl").Select(a => (string?)a["url"]).ToList();
        Assert.Equal(["https://democracy.kent.test/documents/s30216/tracker.txt", "https://democracy.kent.test/mgConvert2PDF.aspx?ID=30215#page=3"], urls);
        Assert.Empty(CardInspector.Elements(DigestCardBuilder.Build(small), "Action.OpenUrl"));
    }

    [Fact]
    public void Build_Digest_SummaryUsesTheSharedOverdueWords()
    {
        var card = DigestCardBuilder.Build(DigestSamples.Small());

        Assert.Contains("As of 15 January 2025 · 1 overdue, 1 awaiting a full response, 1 due soon, 1 new resolution", Texts(card));
        Assert.StartsWith("Scrutiny digest as of 15 January 2025: 1 overdue", (string?)card["fallbackText"], StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EmptyDigest_SaysNothingNew()
    {
        var card = DigestCardBuilder.Build(new Digest(new DateOnly(2025, 1, 15), [], [], [], []));

        Assert.Contains(Texts(card), t => t.StartsWith("Nothing new", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ManyOverdueOfOneMeeting_HeadingOnceAFewLinesAndAButtonForTheRest()
    {
        var card = DigestCardBuilder.Build(DigestSamples.Large(200));

        var texts = Texts(card);
        Assert.Single(texts, t => t.StartsWith(DigestSamples.Committee + " · meeting 13 November 2024", StringComparison.Ordinal));
        Assert.Equal(DigestCardBuilder.MaxLinesPerSection, texts.Count(t => t.StartsWith("• ", StringComparison.Ordinal)));
        Assert.Contains($"and {200 - DigestCardBuilder.MaxLinesPerSection} more (buttons below list them all).", texts);
        Assert.Contains(card["actions"]!.AsArray(), a => (string?)a!["data"]!["command"] == "overdue");
        Assert.True(CardBudget.Size(card) < 6_000);
    }

    [Fact]
    public void Build_SixtyResolutionsOfOneMeeting_SummarisedOnceWithAShowAllToggle()
    {
        var small = DigestSamples.Small();
        var resolutions = Enumerable.Range(1, 60).Select(i => small.NewResolutions[0] with { Item = "Item " + i, Text = "Resolution " + i }).ToList();

        var card = DigestCardBuilder.Build(small with { NewResolutions = resolutions });

        var show = Assert.Single(CardInspector.Elements(card, "Action.ShowCard"));
        Assert.Equal("Show all 60", (string?)show["title"]);
        Assert.Equal(60, Texts(show["card"]!).Count(t => t.StartsWith("• ", StringComparison.Ordinal)));
        var visible = Texts(card["body"]!.AsArray().Where(n => n is not null).Select(n => n!.DeepClone()).Aggregate(new JsonArray(), (a, n) => { a.Add(StripShowCards(n)); return a; }));
        Assert.DoesNotContain(visible, t => t.Contains("Resolution 60", StringComparison.Ordinal));
        Assert.Contains(visible, t => t.StartsWith("60 resolutions on Item 1; Item 2", StringComparison.Ordinal));
        Assert.Contains("That wellbeing is included in the revised Fair Access Protocol.", string.Join("\n", visible), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ResolutionsOfManyMeetings_NewestMeetingsFirstAndTheRestCounted()
    {
        var small = DigestSamples.Small();
        var resolutions = Enumerable.Range(1, 7).Select(i => small.NewResolutions[0] with { MeetingDate = new DateOnly(2024, i, 10) }).ToList();

        var texts = Texts(DigestCardBuilder.Build(small with { NewResolutions = resolutions }));

        var meetings = texts.Where(t => t.StartsWith(DigestSamples.Committee + " · meeting", StringComparison.Ordinal) && t.Contains("2024", StringComparison.Ordinal)
            && !t.Contains("November", StringComparison.Ordinal)).ToList();
        Assert.Equal(["July", "June", "May", "April"], meetings.Select(m => m.Split(' ')[^2]));
        Assert.Contains("and 3 more meetings (\"All resolutions\" lists them).", texts);
    }

    private static JsonNode StripShowCards(JsonNode node)
    {
        foreach (var set in CardInspector.Elements(node, "ActionSet"))
        {
            set["actions"] = new JsonArray();
        }

        return node;
    }

    private static List<string> Texts(JsonNode node) => node switch
    {
        JsonObject o when (string?)o["type"] is "TextBlock" or "TextRun" => [(string)o["text"]!],
        JsonObject o => [.. o.SelectMany(p => p.Value is null ? [] : Texts(p.Value))],
        JsonArray a => [.. a.SelectMany(n => n is null ? [] : Texts(n))],
        _ => [],
    };
}
