using System.Diagnostics;

namespace ScrutinyBot.Host.Tests.Answering;

/// <summary>Runs the built host as the command line does (dotnet ScrutinyBot.Host.dll --data DIR verb ...), with text
/// on standard input, and returns its exit code and standard output (logs go to standard error).</summary>
internal static class HostProcess
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public static async Task<(int Code, string Output, string Errors)> RunAsync(string dataDirectory, string input, params string[] args)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "ScrutinyBot.Host.dll");
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["Embeddings__MiniLM__Enabled"] = "false";
        foreach (var arg in new[] { host, "--data", dataDirectory }.Concat(args))
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the host");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the host did not finish within {Limit}: {string.Join(' ', args)}");
        }

        return (process.ExitCode, await output, await errors);
    }
}
