using ScrutinyBot.Teams.App.Commands;
using ScrutinyBot.Teams.Tests.App.Fakes;

namespace ScrutinyBot.Teams.Tests.App.Commands;

public sealed class AskCommandTests
{
    [Fact]
    public async Task ExecuteAsync_Question_AsksWithTodayAndRendersAnswerCard()
    {
        var factory = new CommandTableFactory();
        var sut = factory.Create().Find("ask")!;

        var reply = await sut.ExecuteAsync(CommandTableFactory.Request("who chaired it?"), CancellationToken.None);

        var question = Assert.Single(factory.Answerer.Questions);
        Assert.Equal("who chaired it?", question.Text);
        Assert.Equal(new DateOnly(2025, 2, 1), question.AsOf);
        Assert.NotNull(reply.Answer);
        Assert.Contains("Councillor Michael Savage chaired it [1].", CardInspector.AllText(reply.Card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExecuteAsync_NoQuestion_ExplainsHowToAskWithoutCallingAnswerer()
    {
        var factory = new CommandTableFactory();
        var sut = factory.Create().Find("ask")!;

        var reply = await sut.ExecuteAsync(CommandTableFactory.Request(""), CancellationToken.None);

        Assert.Empty(factory.Answerer.Questions);
        Assert.Null(reply.Answer);
        Assert.Contains("Type a question", CardInspector.AllText(reply.Card), StringComparison.Ordinal);
    }
}
