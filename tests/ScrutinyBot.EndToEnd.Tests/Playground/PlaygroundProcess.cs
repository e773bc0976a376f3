using System.Diagnostics;
using System.Text;

namespace ScrutinyBot.EndToEnd.Tests.Playground;

/// <summary>The Microsoft 365 Agents Playground (npm, pinned in demo/package.json) on a loopback port.</summary>
internal sealed class PlaygroundProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PlaygroundProcess(Process process, int port)
    {
        _process = process;
        Port = port;
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/";

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<PlaygroundProcess> StartAsync(string botEndpoint, string workingDirectory)
    {
        if (!File.Exists(RepositoryPaths.PlaygroundBin))
        {
            throw new InvalidOperationException(
                $"The Agents Playground is not installed at {RepositoryPaths.PlaygroundBin}: run scripts/prerequisites.sh (npm ci in demo/).");
        }

        var port = FreePort.Next();
        var info = new ProcessStartInfo(RepositoryPaths.PlaygroundBin)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var portText = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var arg in new[] { "-e", botEndpoint, "-c", "msteams", "-p", portText, "--service-url", $"http://localhost:{portText}/_connector", "--disable-telemetry" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        info.Environment["NODE_OPTIONS"] = $"--require {RepositoryPaths.LoopbackPreload}";
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the Agents Playground");
        process.StandardInput.Close();
        var playground = new PlaygroundProcess(process, port);
        process.OutputDataReceived += (_, e) => playground.Append(e.Data);
        process.ErrorDataReceived += (_, e) => playground.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await playground.WaitUntilListeningAsync().ConfigureAwait(false);
        return playground;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("The Agents Playground exited: " + Output);
            }

            try
            {
                using var response = await http.GetAsync(Url).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (System.Net.Sockets.SocketException)
            {
                // the port accepted and dropped the connection while the Playground starts ("Transport endpoint is not
                // connected", thrown unwrapped by HttpClient's connect): not listening yet either
            }
            catch (TaskCanceledException)
            {
                // not answering yet
            }

            await Task.Delay(250).ConfigureAwait(false);
        }

        throw new TimeoutException("The Agents Playground did not start listening: " + Output);
    }
}
