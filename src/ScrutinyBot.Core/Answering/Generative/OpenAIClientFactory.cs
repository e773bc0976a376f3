using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;

namespace ScrutinyBot.Core.Answering.Generative;

/// <summary>Builds the OpenAI client for any OpenAI-compatible endpoint (OpenAI, Azure OpenAI v1, Ollama, vLLM)
/// from <see cref="AIOptions"/>, over the given HttpClient (from IHttpClientFactory, so handlers are pooled).</summary>
public static class OpenAIClientFactory
{
    public static OpenAIClient Create(AIOptions options, HttpClient http)
    {
        http.Timeout = Timeout.InfiniteTimeSpan; // AI:TimeoutSeconds is enforced per call.
        return new OpenAIClient(
            new ApiKeyCredential(string.IsNullOrWhiteSpace(options.ApiKey) ? "none" : options.ApiKey),
            new OpenAIClientOptions
            {
                Endpoint = new Uri(options.Endpoint),
                Transport = new HttpClientPipelineTransport(http),
                RetryPolicy = new ClientRetryPolicy(maxRetries: 1),
            });
    }
}
