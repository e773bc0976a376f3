using ScrutinyBot.Teams.Connector;

namespace ScrutinyBot.Teams.Tests.TestSupport;

/// <summary>Returns a fixed outbound token (null = anonymous mode) and counts requests for it.</summary>
public sealed class FixedTokenProvider(string? token) : IBotTokenProvider
{
    public int Calls { get; private set; }

    public Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(token);
    }
}
