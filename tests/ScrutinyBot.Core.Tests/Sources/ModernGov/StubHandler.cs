namespace ScrutinyBot.Core.Tests.Sources.ModernGov;

/// <summary>Answers each request with the next canned response, and records the requests.</summary>
internal sealed class StubHandler(params Func<HttpRequestMessage, HttpResponseMessage>[] responses) : HttpMessageHandler
{
    private int _next;

    public List<HttpRequestMessage> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        return Task.FromResult(responses[Math.Min(_next++, responses.Length - 1)](request));
    }
}
