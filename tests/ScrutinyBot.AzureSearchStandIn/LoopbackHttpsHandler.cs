namespace ScrutinyBot.StandIns.AzureSearch;

/// <summary>The SDK takes only https endpoints; the stand-in listens on plain http on loopback. The tests give the SDK
/// the stand-in's address as https and send its requests through this handler, which sends a request for 127.0.0.1 as
/// http and refuses any other host, so nothing leaves the machine.</summary>
public sealed class LoopbackHttpsHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.RequestUri is not { Host: "127.0.0.1" } uri)
        {
            throw new HttpRequestException($"The stand-in transport only reaches 127.0.0.1, not {request.RequestUri}.");
        }

        request.RequestUri = new UriBuilder(uri) { Scheme = Uri.UriSchemeHttp }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
