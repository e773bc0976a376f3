using ScrutinyBot.Teams.App.Cards;
using ScrutinyBot.Teams.App.Commands;
using ScrutinyBot.Teams.Tests.App.Fakes;

namespace ScrutinyBot.Teams.Tests.App.Commands;

public sealed class HelpCommandTests
{
    [Fact]
    public async Task ExecuteAsync_ListsEveryCommandUsage()
    {
        var sut = new HelpCommand();

        var reply = await sut.ExecuteAsync(CommandTableFactory.Request(""), CancellationToken.None);

        var facts = CardInspector.Elements(reply.Card, "FactSet").Single()["facts"]!.AsArray().Select(f => (string?)f!["title"]).ToList();
        Assert.Equal(CommandCatalog.All.Select(c => MarkdownText.Escape(c.Usage)), facts);
    }
}
