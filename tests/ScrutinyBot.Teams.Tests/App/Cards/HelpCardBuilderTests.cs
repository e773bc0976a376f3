using ScrutinyBot.Teams.App.Cards;
using ScrutinyBot.Teams.Tests.App.Fakes;

namespace ScrutinyBot.Teams.Tests.App.Cards;

public sealed class HelpCardBuilderTests
{
    [Fact]
    public void Welcome_SaysWhatTheBotDoesAndListsCommands()
    {
        var card = HelpCardBuilder.Welcome(inChannel: false);

        var text = CardInspector.AllText(card);
        Assert.Contains("answer questions about them with citations", text, StringComparison.Ordinal);
        Assert.Single(CardInspector.Elements(card, "FactSet"));
    }

    [Fact]
    public void Welcome_InChannel_TellsUsersToMention()
    {
        Assert.Contains("@mention", CardInspector.AllText(HelpCardBuilder.Welcome(inChannel: true)), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_UnknownCommand_NamesIt()
    {
        Assert.Contains("I don't know the command “foo”", CardInspector.AllText(HelpCardBuilder.Help("foo")), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Buttons_SendCommandTextAsImBack()
    {
        var card = HelpCardBuilder.Help(null);

        var values = card["actions"]!.AsArray().Select(a => (string?)a!["data"]!["msteams"]!["value"]).ToList();
        Assert.Equal(["overdue", "due soon", "next meeting"], values);
    }
}
