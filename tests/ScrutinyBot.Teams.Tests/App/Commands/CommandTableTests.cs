using ScrutinyBot.Teams.App.Commands;
using ScrutinyBot.Teams.Tests.App.Fakes;

namespace ScrutinyBot.Teams.Tests.App.Commands;

public sealed class CommandTableTests
{
    private readonly CommandTable _sut = new CommandTableFactory().Create();

    [Theory]
    [InlineData("help", "help", "")]
    [InlineData("HELP", "help", "")]
    [InlineData("/help", "help", "")]
    [InlineData("/ Help", "help", "")]
    [InlineData("overdue", "overdue", "")]
    [InlineData("Overdue CYP", "overdue", "CYP")]
    [InlineData("/overdue children and young people", "overdue", "children and young people")]
    [InlineData("due soon", "due soon", "")]
    [InlineData("/DUE SOON planning", "due soon", "planning")]
    [InlineData("resolutions CYP since 1 January 2025", "resolutions", "CYP since 1 January 2025")]
    [InlineData("next meeting", "next meeting", "")]
    [InlineData("Next Meeting CYP", "next meeting", "CYP")]
    [InlineData("meeting 13 November 2024", "meeting", "13 November 2024")]
    [InlineData("meeting 13/11/2024", "meeting", "13/11/2024")]
    [InlineData("subscribe weekly on monday", "subscribe", "weekly on monday")]
    [InlineData("unsubscribe", "unsubscribe", "")]
    [InlineData("subscriptions", "subscriptions", "")]
    [InlineData("digest now", "digest now", "")]
    [InlineData("/Digest Now", "digest now", "")]
    [InlineData("ask who chaired it?", "ask", "who chaired it?")]
    public void Match_KnownCommand_ReturnsCommandAndArguments(string text, string expected, string arguments)
    {
        var match = _sut.Match(text);

        Assert.Equal(expected, match.Command.Descriptor.Name);
        Assert.Equal(arguments, match.Arguments);
        Assert.False(match.Unknown);
    }

    [Theory]
    [InlineData("who chaired the November 2024 meeting?")]
    [InlineData("meeting rooms for the next session?")]
    [InlineData("help me understand the budget report")]
    [InlineData("digest of what happened")]
    public void Match_PlainQuestion_GoesToAskWithWholeText(string text)
    {
        var match = _sut.Match(text);

        Assert.Equal("ask", match.Command.Descriptor.Name);
        Assert.Equal(text, match.Arguments);
    }

    [Theory]
    [InlineData("/foo", "foo")]
    [InlineData("/meetings tomorrow", "meetings")]
    public void Match_UnknownSlashCommand_ReturnsHelpMarkedUnknown(string text, string word)
    {
        var match = _sut.Match(text);

        Assert.Equal("help", match.Command.Descriptor.Name);
        Assert.True(match.Unknown);
        Assert.Equal(word, match.Arguments);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("/")]
    [InlineData(null)]
    public void Match_Empty_ReturnsHelp(string? text)
    {
        Assert.Equal("help", _sut.Match(text).Command.Descriptor.Name);
    }

    [Fact]
    public void Match_SlashCommandWithBadArguments_StillRunsTheCommand()
    {
        var match = _sut.Match("/meeting sometime");

        Assert.Equal("meeting", match.Command.Descriptor.Name);
        Assert.Equal("sometime", match.Arguments);
    }

    [Fact]
    public void Constructor_EveryCatalogCommand_HasOneHandler()
    {
        foreach (var descriptor in CommandCatalog.All)
        {
            Assert.NotNull(_sut.Find(descriptor.Name));
        }

        Assert.Equal(CommandCatalog.All.Count, _sut.Commands.Count);
    }

    [Fact]
    public void Constructor_DuplicateNames_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => new CommandTable([new HelpCommand(), new HelpCommand()]));
    }

    [Fact]
    public void Constructor_WithoutAsk_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => new CommandTable([new HelpCommand()]));
    }
}
