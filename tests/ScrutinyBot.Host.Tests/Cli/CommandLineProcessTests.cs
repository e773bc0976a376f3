using System.Net;
using System.Net.Sockets;
using ScrutinyBot.Host.Cli;
using ScrutinyBot.Host.Tests.Answering;

namespace ScrutinyBot.Host.Tests.Cli;

/// <summary>The built host run as an admin runs it: usage, mistakes and exit codes.</summary>
public sealed class CommandLineProcessTests : IDisposable
{
    private static readonly string[] Verbs = ["ask", "bench", "digest", "facts", "forget", "ingest", "package", "sources", "serve"];

    private readonly string _data = Path.Combine(Path.GetTempPath(), "scrutinybot-cli-tests", Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_PrintsUsageExitsZero_WithoutBindingThePort(string help)
    {
        // The port is held here: a host that tried to serve would fail to bind it (exit 3) or never exit.
        using var held = new TcpListener(IPAddress.Loopback, 0);
        held.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)held.LocalEndpoint).Port}";

        var (code, output, errors) = await HostProcess.RunAsync(_data, string.Empty, "--urls", url, help);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.All(Verbs, verb => Assert.Contains(verb, output, StringComparison.Ordinal));
        Assert.DoesNotContain("address already in use", errors, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Now listening", errors + output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_data), "usage must not open the store");
    }

    [Theory]
    [InlineData("ask")]
    [InlineData("bench")]
    [InlineData("digest")]
    [InlineData("facts")]
    [InlineData("forget")]
    [InlineData("ingest")]
    [InlineData("package")]
    [InlineData("sources")]
    [InlineData("serve")]
    public async Task VerbHelp_EveryVerb_PrintsItsUsageExitsZero(string verb)
    {
        var (code, output, _) = await HostProcess.RunAsync(_data, string.Empty, verb, "-h");

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains($"ScrutinyBot.Host {verb}", output, StringComparison.Ordinal);
        Assert.Contains("--help", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_PrintsErrorAndUsageToStderr_ExitsTwo()
    {
        var (code, output, errors) = await HostProcess.RunAsync(_data, string.Empty, "ingets", "samples");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("ingets", errors, StringComparison.Ordinal);
        Assert.Contains("Usage:", errors, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task UnknownOption_PrintsVerbUsageToStderr_ExitsTwo()
    {
        var (code, output, errors) = await HostProcess.RunAsync(_data, string.Empty, "facts", "--jsn");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("--jsn", errors, StringComparison.Ordinal);
        Assert.Contains("ScrutinyBot.Host facts", errors, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task VerbRejectsArguments_SaysWhyWithUsage_ExitsTwo()
    {
        var (code, output, errors) = await HostProcess.RunAsync(_data, string.Empty, "ask", "--as-of", "31/01/2025", "who chaired?");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("ask: --as-of takes a date as YYYY-MM-DD", errors, StringComparison.Ordinal);
        Assert.Contains("ScrutinyBot.Host ask", errors, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public async Task Serve_PortTaken_SaysSoInOneLine_ExitsThree()
    {
        using var held = new TcpListener(IPAddress.Loopback, 0);
        held.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)held.LocalEndpoint).Port}";

        var (code, _, errors) = await HostProcess.RunAsync(_data, string.Empty, "--urls", url);

        Assert.Equal(ExitCodes.StartupFailed, code);
        Assert.Contains("The bot could not start: ", errors, StringComparison.Ordinal);
        Assert.Contains("address already in use", errors, StringComparison.OrdinalIgnoreCase);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was written: the usual case here.
        }
        catch (IOException)
        {
            // Left for the temp cleaner.
        }
    }
}
