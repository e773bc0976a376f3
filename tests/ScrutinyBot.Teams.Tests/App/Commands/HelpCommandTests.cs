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

        var text = CardInspector.AllText(reply.Card);
        Assert.All(CommandCatalog.All, c => Assert.Contains(c.Usage, text, StringComparison.Ordinal));
        Assert.Contains("resolutions [committee] [since <date>]", text, StringComparison.Ordinal);
        Assert.Empty(CardInspector.Elements(reply.Card, "FactSet"));
    }
}
