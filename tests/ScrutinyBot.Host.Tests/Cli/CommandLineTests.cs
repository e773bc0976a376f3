using ScrutinyBot.Host.Answering;
using ScrutinyBot.Host.Cli;
using ScrutinyBot.Host.Digests;

namespace ScrutinyBot.Host.Tests.Cli;

public sealed class CommandLineTests
{
    private static readonly IReadOnlyList<CliVerbDescriptor> Verbs =
    [
        new("ask", AskVerb.CreateCommand, typeof(AskVerb)),
        new("digest", DigestVerb.CreateCommand, typeof(DigestVerb)),
    ];

    [Fact]
    public void Parse_NoArguments_Serves()
    {
        var sut = CommandLine.Parse([], Verbs);

        Assert.Null(sut.Verb);
        Assert.Null(sut.TryAnswerEarly(TextWriter.Null, TextWriter.Null));
    }

    [Theory]
    [InlineData("--data", "/tmp/x", "ask", "who chaired?")]
    [InlineData("ask", "--data", "/tmp/x", "who chaired?")]
    [InlineData("--data=/tmp/x", "ask", "who chaired?")]
    [InlineData("ask", "who chaired?", "--data", "/tmp/x")]
    public void Parse_DataBeforeOrAfterVerb_SetsDataDirectory(params string[] args)
    {
        var sut = CommandLine.Parse(args, Verbs);

        Assert.Equal("ask", sut.Verb?.Name);
        Assert.Equal("/tmp/x", sut.HostSettings["Storage:DataDirectory"]);
        Assert.Equal(["who chaired?"], VerbArguments.From(sut.Result).Positionals);
    }

    [Fact]
    public void Parse_BatchFromStandardInput_ReadsDashAsTheValue()
    {
        var sut = CommandLine.Parse(["--data", "d", "ask", "--batch", "-"], Verbs);

        var arguments = VerbArguments.From(sut.Result);
        Assert.Equal("-", arguments.Option("batch"));
        Assert.Empty(arguments.Positionals);
        Assert.False(arguments.Has("json"));
    }

    [Fact]
    public void Parse_QuestionStartingWithAt_IsTextNotAResponseFile()
    {
        var sut = CommandLine.Parse(["ask", "@chair who?"], Verbs);

        Assert.Null(sut.TryAnswerEarly(TextWriter.Null, TextWriter.Null));
        Assert.Equal(["@chair who?"], VerbArguments.From(sut.Result).Positionals);
    }

    [Fact]
    public void Parse_TestHostSwitches_AreAcceptedAndServe()
    {
        var sut = CommandLine.Parse(["--environment=Development", "--contentRoot=/tmp", "--applicationName=ScrutinyBot.Host"], Verbs);

        Assert.Null(sut.Verb);
        Assert.Null(sut.TryAnswerEarly(TextWriter.Null, TextWriter.Null));
    }

    [Fact]
    public void TryAnswerEarly_VerbHelp_WritesVerbUsageToOutput()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var code = CommandLine.Parse(["digest", "--help"], Verbs).TryAnswerEarly(output, errors);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("--dry-run", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, errors.ToString());
    }

    [Fact]
    public void TryAnswerEarly_OptionWithoutValue_WritesErrorAndUsageToErrors()
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var code = CommandLine.Parse(["ask", "--as-of"], Verbs).TryAnswerEarly(output, errors);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--as-of", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("Usage:", errors.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.ToString());
    }
}
