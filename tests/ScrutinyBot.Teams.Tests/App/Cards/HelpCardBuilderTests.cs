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
        Assert.Contains("overdue [committee]", text, StringComparison.Ordinal);
        Assert.Contains("since <date>", text, StringComparison.Ordinal);
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
    public void Help_Buttons_SubmitTheCommandInTheirData()
    {
        var card = HelpCardBuilder.Help(null);

        var actions = card["actions"]!.AsArray().Select(a => a!).ToList();
        Assert.All(actions, a => Assert.Equal("Action.Submit", (string?)a["type"]));
        Assert.Equal(["overdue", "due soon", "next meeting"], actions.Select(a => (string?)a["data"]!["command"]));
        Assert.All(actions, a => Assert.Null(a["data"]!["msteams"]));
    }
}
