using Microsoft.Extensions.Options;

namespace ScrutinyBot.Host.Cli;

/// <summary>Runs the verb the command line names, or serves the bot; the command line's one error boundary.</summary>
public static class CommandRunner
{
    public static async Task<int> RunCommandAsync(this WebApplication app, CommandLine command)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(command);
        if (command.Verb is null)
        {
            return await ServeAsync(app).ConfigureAwait(false);
        }

        using var stop = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var verb = command.Verb.Resolve(app.Services);
            var output = Console.Out;
            var code = await verb.RunAsync(VerbArguments.From(command.Result), output, stop.Token).ConfigureAwait(false);
            await output.FlushAsync(stop.Token).ConfigureAwait(false);
            return code;
        }
        catch (CliUsageException ex)
        {
            await Console.Error.WriteLineAsync($"{command.Verb.Name}: {ex.Message}").ConfigureAwait(false);
            await Console.Error.WriteLineAsync().ConfigureAwait(false);
            command.WriteVerbUsage(Console.Error);
            return ExitCodes.Usage;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync($"{command.Verb.Name}: interrupted.").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"{command.Verb.Name}: the settings are not valid: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.StartupFailed;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>Runs the bot until stopped. A port already taken ends it with one line on stderr and exit code 3
    /// (settings that fail validation still throw, with the host's own log of which setting is wrong).</summary>
    private static async Task<int> ServeAsync(WebApplication app)
    {
        try
        {
            await app.RunAsync().ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        catch (IOException ex)
        {
            // The host has already logged the exception; the operator gets one line saying why.
            await Console.Error.WriteLineAsync($"The bot could not start: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.StartupFailed;
        }
    }
}
