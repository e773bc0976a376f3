using System.Text;

namespace ScrutinyBot.Host.Tests.Digests;

/// <summary>Bodies and requests for the operator endpoints, which take application/json only.</summary>
internal static class OperatorRequests
{
    public const string Key = "operator-key-0123456789abcdef0123456789";

    public static StringContent EmptyJson() => new("{}", Encoding.UTF8, "application/json");

    public static HttpRequestMessage Run(bool force = false, string? key = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, force ? "/api/digests/run?force=true" : "/api/digests/run") { Content = EmptyJson() };
        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + key);
        }

        return request;
    }
}
