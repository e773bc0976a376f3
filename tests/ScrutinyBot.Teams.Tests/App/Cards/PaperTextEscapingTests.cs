using System.Text.Json.Nodes;
using ScrutinyBot.Core.Answering;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Teams.App.Cards;
using ScrutinyBot.Teams.Digests;
using ScrutinyBot.Teams.Tests.App.Fakes;

namespace ScrutinyBot.Teams.Tests.App.Cards;

/// <summary>Text read from a paper reaches every card as plain text: a markdown link, image or emphasis written in a
/// paper shows as the characters it is, never as a live link or formatting.</summary>
public sealed class PaperTextEscapingTests
{
    private const string Phishing = "[Click here to verify your account](https://evil.example/login)";
    private const string Image = "![logo](https://evil.example/pixel.png) **urgent** _now_";

    [Fact]
    public void Build_AnswerQuotingAMarkdownLink_LinkAppearsAsPlainTextInTheCard()
    {
        var answer = new Answer(true, "The report says " + Phishing + " [1].", [SampleFacts.Citation(1, Phishing + " " + Image)]);

        var card = AnswerCardBuilder.Build("what does it say?", answer);

        AssertOnlyPlainText(card);
        Assert.Contains(Phishing, CardInspector.AllText(card), StringComparison.Ordinal);
        Assert.Contains(Image, CardInspector.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_DigestResolutionWithMarkdownLink_LinkAppearsAsPlainText()
    {
        var line = new DigestResolutionLine("Overview", new DateOnly(2025, 1, 8), "12", Phishing, "That " + Phishing + " " + Image, "evil.pdf", 1);
        var digest = new Digest(new DateOnly(2025, 1, 15), [line], [], [], []);

        var card = DigestCardBuilder.Build(digest);

        AssertOnlyPlainText(card);
        Assert.Contains("That " + Phishing + " " + Image, CardInspector.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_FactListWithMarkdownInResolution_AppearsAsPlainText()
    {
        var item = FactItems.FromResolution(SampleFacts.Resolution(text: Phishing));

        var card = FactListCardBuilder.Build("Resolutions", null, [new FactSection(null, [item], "none")], null);

        AssertOnlyPlainText(card);
        Assert.Contains(Phishing, CardInspector.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MessageCardWithMarkdown_AppearsAsPlainText()
    {
        var card = MessageCardBuilder.Build(Phishing, Image);

        AssertOnlyPlainText(card);
    }

    [Fact]
    public void Escape_MarkdownLinkImageAndEmphasis_EveryMarkupCharacterEscaped()
    {
        var escaped = MarkdownText.Escape(Phishing + " " + Image + " <b>x</b>");

        Assert.Equal(
            @"\[Click here to verify your account\]\(https\://evil\.example/login\) \!\[logo\]\(https\://evil\.example/pixel\.png\) \*\*urgent\*\* \_now\_ \<b\>x\</b\>",
            escaped);
    }

    /// <summary>Only TextRuns (which Adaptive Cards never read as markdown) carry text; no TextBlock, no FactSet.</summary>
    private static void AssertOnlyPlainText(JsonObject card)
    {
        Assert.Empty(CardInspector.Elements(card, "TextBlock"));
        Assert.Empty(CardInspector.Elements(card, "FactSet"));
        Assert.Empty(CardInspector.Elements(card, "Image"));
        Assert.NotEmpty(CardInspector.Elements(card, "TextRun"));
        Assert.DoesNotContain(CardInspector.Elements(card, "TextRun"), r => r.ContainsKey("selectAction"));
    }
}
