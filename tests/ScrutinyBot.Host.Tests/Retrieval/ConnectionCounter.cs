using System.Net;
using System.Net.Sockets;

namespace ScrutinyBot.Host.Tests.Retrieval;

/// <summary>A loopback port that accepts and counts connections and answers nothing: an AI endpoint that must not be called.</summary>
internal sealed class ConnectionCounter : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _connections;

    public ConnectionCounter()
    {
        _listener.Start();
        Endpoint = $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1/";
        _loop = Task.Run(AcceptAsync);
    }

    public string Endpoint { get; }

    public int Connections => Volatile.Read(ref _connections);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // The accept loop ends this way when the test is over.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
        }
    }
}
