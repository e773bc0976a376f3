using ScrutinyBot.Teams.App.Cards;
using ScrutinyBot.Teams.Tests.App.Fakes;

namespace ScrutinyBot.Teams.Tests.App.Cards;

public sealed class FactListCardBuilderTests
{
    [Fact]
    public void Build_Items_ShowEvidenceSourcePartPageAndQuote()
    {
        var item = FactItems.FromResolution(SampleFacts.Resolution());

        var card = FactListCardBuilder.Build("Resolutions", null, [new FactSection(null, [item], "none")], "resolutions");

        var text = CardInspector.AllText(card);
        Assert.Contains("000_sample.txt — Minutes 13 November 2024, page 4", text, StringComparison.Ordinal);
        var quote = Assert.Single(CardInspector.Elements(card, "Action.ShowCard"));
        Assert.Contains("To note the annual report.", CardInspector.AllText(quote["card"]!), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EvidenceWithItsPapersAddress_OffersToOpenThePage()
    {
        var resolution = SampleFacts.Resolution();
        var linked = resolution with { Evidence = resolution.Evidence with { Link = "https://democracy.kent.test/mgConvert2PDF.aspx?ID=9001#page=4" } };

        var card = FactListCardBuilder.Build("Resolutions", null, [new FactSection(null, [FactItems.FromResolution(linked)], "none")], null);

        var open = Assert.Single(CardInspector.Elements(card, "Action.OpenUrl"));
        Assert.Equal("https://democracy.kent.test/mgConvert2PDF.aspx?ID=9001#page=4", (string?)open["url"]);
    }

    [Fact]
    public void Build_EvidenceWithoutAnAddressOrWithANonWebOne_OffersNoLink()
    {
        var resolution = SampleFacts.Resolution();
        var local = resolution with { Evidence = resolution.Evidence with { Link = "file:///c:/papers/minutes.pdf" } };

        var card = FactListCardBuilder.Build("Resolutions", null,
            [new FactSection(null, [FactItems.FromResolution(resolution), FactItems.FromResolution(local)], "none")], null);

        Assert.Empty(CardInspector.Elements(card, "Action.OpenUrl"));
    }

    [Fact]
    public void Build_RefreshCommand_AddsExecuteWithSubmitFallback()
    {
        var card = FactListCardBuilder.Build("Overdue", null, [new FactSection(null, [], "none")], "overdue CYP");

        var execute = Assert.Single(CardInspector.Elements(card, "Action.Execute"));
        Assert.Equal("refresh", (string?)execute["verb"]);
        Assert.Equal("overdue CYP", (string?)execute["data"]!["command"]);
        Assert.Equal("Action.Submit", (string?)execute["fallback"]!["type"]);
    }

    [Fact]
    public void Build_EmptySection_ShowsEmptyText()
    {
        var card = FactListCardBuilder.Build("Overdue", null, [new FactSection("No response", [], "Nothing is overdue.")], null);

        Assert.Contains("Nothing is overdue.", CardInspector.AllText(card), StringComparison.Ordinal);
        Assert.Null(card["actions"]);
    }

    [Fact]
    public void Build_ManyLongItems_StaysWithinBudget()
    {
        var items = Enumerable.Range(1, 200)
            .Select(n => FactItems.FromResolution(SampleFacts.Resolution(text: new string('r', 3_000))))
            .ToList();

        var card = FactListCardBuilder.Build("Resolutions", null, [new FactSection(null, items, "none")], null);

        Assert.True(CardBudget.Size(card) <= CardBudget.MaxCardChars, $"card is {CardBudget.Size(card)} characters");
        Assert.Contains("more items not shown", CardInspector.AllText(card), StringComparison.Ordinal);
    }
}
