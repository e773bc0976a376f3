using System.Text.Json;
using Microsoft.AspNetCore.Http;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Hosting;

/// <summary>Reads one activity from a request body: at most a given size (413 beyond), JSON object with a type
/// (400 with a short problem otherwise, never a 500).</summary>
public static class ActivityRequestReader
{
    public static async Task<ActivityRequest> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        var bytes = await ReadLimitedAsync(request.Body, maxBytes, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return TooLarge(maxBytes);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(bytes, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return BadRequest("The body is not a JSON activity.");
        }

        return string.IsNullOrWhiteSpace(activity?.Type)
            ? BadRequest("The activity has no type.")
            : new ActivityRequest(activity, null);
    }

    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static ActivityRequest BadRequest(string detail) =>
        new(null, Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad activity"));

    private static ActivityRequest TooLarge(int maxBytes) =>
        new(null, Results.Problem(detail: $"The activity is larger than {maxBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Activity too large"));
}
