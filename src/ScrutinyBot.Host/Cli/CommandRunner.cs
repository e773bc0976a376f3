namespace ScrutinyBot.Host.Cli;

/// <summary>Runs the verb the command line names, or serves the bot.</summary>
public static class CommandRunner
{
    public static async Task<int> RunCommandAsync(this WebApplication app, CommandLine command)
    {
        if (command.Verb == CommandLine.DefaultVerb)
        {
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }

        var verbs = app.Services.GetServices<ICliVerb>().ToList();
        var verb = verbs.FirstOrDefault(v => string.Equals(v.Name, command.Verb, StringComparison.OrdinalIgnoreCase));
        if (verb is null || command.Verb is "help" or "--help")
        {
            WriteUsage(Console.Error, verbs);
            return verb is null && command.Verb is not ("help" or "--help") ? 2 : 0;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        try
        {
            var arguments = VerbArguments.Parse(command.Arguments, verb.Flags);
            var output = Console.Out;
            var code = await verb.RunAsync(arguments, output, stop.Token).ConfigureAwait(false);
            await output.FlushAsync(stop.Token).ConfigureAwait(false);
            return code;
        }
        catch (CliUsageException ex)
        {
            await Console.Error.WriteLineAsync($"{verb.Name}: {ex.Message}").ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"usage: {verb.Usage}").ConfigureAwait(false);
            return 2;
        }
    }

    private static void WriteUsage(TextWriter writer, IEnumerable<ICliVerb> verbs)
    {
        writer.WriteLine("usage: dotnet run --project src/ScrutinyBot.Host -- [--data DIR] <verb> [options]");
        writer.WriteLine("  serve (default)  run the bot on the configured URL");
        foreach (var verb in verbs.OrderBy(v => v.Name, StringComparer.Ordinal))
        {
            writer.WriteLine($"  {verb.Usage}");
        }
    }
}
