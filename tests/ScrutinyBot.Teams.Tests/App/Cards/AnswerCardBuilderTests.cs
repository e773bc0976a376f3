using ScrutinyBot.Core.Answering;
using ScrutinyBot.Teams.App.Cards;
using ScrutinyBot.Teams.Tests.App.Fakes;

namespace ScrutinyBot.Teams.Tests.App.Cards;

public sealed class AnswerCardBuilderTests
{
    [Fact]
    public void Build_Answer_IsAdaptiveCard15WithTextAndNumberedCitation()
    {
        var card = AnswerCardBuilder.Build("who chaired?", SampleFacts.Answer());

        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        var text = CardInspector.AllText(card);
        Assert.Contains("Councillor Michael Savage chaired it [1].", text, StringComparison.Ordinal);
        Assert.Contains("[1] 000_sample.txt", text, StringComparison.Ordinal);
        Assert.Contains("Minutes · Children and Young People Scrutiny Committee · meeting 13 November 2024 · page 3", text, StringComparison.Ordinal);
        Assert.Contains("Sources", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Citation_PutsFullQuoteBehindShowCard()
    {
        var quote = string.Join(' ', Enumerable.Repeat("The committee discussed the budget at length.", 30));
        var answer = new Answer(true, "Yes [1].", [SampleFacts.Citation(1, quote)]);

        var card = AnswerCardBuilder.Build("q", answer);

        var show = Assert.Single(CardInspector.Elements(card, "Action.ShowCard"));
        Assert.Equal("Full quote [1]", (string?)show["title"]);
        Assert.Equal(quote, CardInspector.AllText(show["card"]!));
        Assert.DoesNotContain(quote, CardInspector.AllText(card).Split('\n').Take(4), StringComparer.Ordinal);
    }

    [Fact]
    public void Build_CitationOfASyncedPaper_OpensItOnTheCouncilsSite()
    {
        var synced = SampleFacts.Citation(1, "Resolved to note the report.") with { SourceUrl = "https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=60860#page=3" };
        var answer = new Answer(true, "Noted [1] [2].", [synced, SampleFacts.Citation(2, "Apologies were received.")]);

        var card = AnswerCardBuilder.Build("q", answer);

        var open = Assert.Single(CardInspector.Elements(card, "Action.OpenUrl"));
        Assert.StartsWith("Open p", (string?)open["title"], StringComparison.Ordinal);
        Assert.Equal("https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=60860#page=3", (string?)open["url"]);
    }

    [Fact]
    public void Build_TitledCitationOfATextPaper_ShowsTitleAndSectionButNoPage()
    {
        var citation = SampleFacts.Citation(1) with
        {
            Title = "Agenda pack — Children and Young People Scrutiny Committee, 15 January 2025",
            Part = "Minutes, 13 November 2024",
            Paged = false,
        };

        var text = CardInspector.AllText(AnswerCardBuilder.Build("who chaired?", new Answer(true, "Savage [1].", [citation])));

        Assert.Contains("[1] Agenda pack — Children and Young People Scrutiny Committee, 15 January 2025", text, StringComparison.Ordinal);
        Assert.Contains("Minutes, 13 November 2024", text, StringComparison.Ordinal);
        Assert.DoesNotContain("page", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".txt", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ShortQuoteShownWhole_HasNoFullQuoteButton()
    {
        var card = AnswerCardBuilder.Build("who chaired?", SampleFacts.Answer());

        Assert.Empty(CardInspector.Elements(card, "Action.ShowCard"));
    }

    [Fact]
    public void Build_LinkedCitation_OpensThePaperAtThePage()
    {
        var citation = SampleFacts.Citation(1) with { Link = "https://council.test/papers/pack.pdf#page=3" };

        var card = AnswerCardBuilder.Build("q", new Answer(true, "Yes [1].", [citation]));

        var open = Assert.Single(CardInspector.Elements(card, "Action.OpenUrl"));
        Assert.Equal(("Open page 3", "https://council.test/papers/pack.pdf#page=3"), ((string?)open["title"], (string?)open["url"]));
    }

    [Fact]
    public void Build_Answer_CarriesFallbackAndSpeakTextWithoutCitationMarkers()
    {
        var card = AnswerCardBuilder.Build("who chaired?", SampleFacts.Answer());

        Assert.Equal("Councillor Michael Savage chaired it [1].", (string?)card["fallbackText"]);
        Assert.Equal("Councillor Michael Savage chaired it.", (string?)card["speak"]);
    }

    [Fact]
    public void Build_NotAiGenerated_HasNoAiLabel()
    {
        var card = AnswerCardBuilder.Build("q", SampleFacts.Answer(aiGenerated: false));

        Assert.DoesNotContain("AI generated", CardInspector.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AiGenerated_ShowsAiLabelFirst()
    {
        var card = AnswerCardBuilder.Build("q", SampleFacts.Answer(aiGenerated: true));

        Assert.Equal("AI generated", CardInspector.AllText(card["body"]![0]!));
    }

    [Fact]
    public void Build_Answer_HasHelpfulAndNotHelpfulSubmitsCarryingTheQuestion()
    {
        var card = AnswerCardBuilder.Build("who chaired?", SampleFacts.Answer());

        var submits = card["actions"]!.AsArray();
        Assert.Equal(2, submits.Count);
        Assert.All(submits, a => Assert.Equal("Action.Submit", (string?)a!["type"]));
        Assert.Equal(["helpful", "not-helpful"], submits.Select(a => (string?)a!["data"]!["feedback"]));
        Assert.All(submits, a => Assert.Equal("who chaired?", (string?)a!["data"]!["question"]));
    }

    [Fact]
    public void Build_NotAnswered_ShowsHelpfulTextAndClosestPassages()
    {
        var card = AnswerCardBuilder.Build("q", CommandTableFactory.NotAnswered());

        var text = CardInspector.AllText(card);
        Assert.Contains("I couldn't find that", text, StringComparison.Ordinal);
        Assert.Contains("Closest passages", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sources", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_HugeAnswer_StaysWithinBudgetAndSaysWhatWasLeftOut()
    {
        var quote = new string('x', 5_000);
        var answer = new Answer(true, new string('a', 20_000), [.. Enumerable.Range(1, 60).Select(n => SampleFacts.Citation(n, quote))]);

        var card = AnswerCardBuilder.Build("q", answer);

        Assert.True(CardBudget.Size(card) <= CardBudget.MaxCardChars, $"card is {CardBudget.Size(card)} characters");
        Assert.Contains("more sources not shown", CardInspector.AllText(card), StringComparison.Ordinal);
        Assert.Contains("[1] ", CardInspector.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Note_IsShown()
    {
        var answer = SampleFacts.Answer() with { Note = "The model timed out; this answer is extractive." };

        var card = AnswerCardBuilder.Build("q", answer);

        Assert.Contains("The model timed out", CardInspector.AllText(card), StringComparison.Ordinal);
    }
}
