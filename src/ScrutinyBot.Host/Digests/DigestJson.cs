using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ScrutinyBot.Core.Digests;

namespace ScrutinyBot.Host.Digests;

/// <summary>The digest as `digest --dry-run --json` prints it:
/// {"asOf","newResolutions":[{"committee","meetingDate","text","source"}],"overdue":[{"committee","meetingDate","topic","text","deadline","source"}],"awaitingFullResponse":[...],"dueSoon":[...]}.</summary>
public static class DigestJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Digest digest) => new JsonObject
    {
        ["asOf"] = Date(digest.AsOf),
        ["newResolutions"] = new JsonArray([.. digest.NewResolutions.Select(r => (JsonNode)new JsonObject
        {
            ["committee"] = r.Committee,
            ["meetingDate"] = Date(r.MeetingDate),
            ["text"] = r.Text,
            ["source"] = r.Source,
        })]),
        ["overdue"] = Recommendations(digest.Overdue),
        ["awaitingFullResponse"] = Recommendations(digest.AwaitingFullResponse),
        ["dueSoon"] = Recommendations(digest.DueSoon),
    }.ToJsonString(Indented);

    private static JsonArray Recommendations(IReadOnlyList<DigestRecommendationLine> lines) =>
        new([.. lines.Select(r => (JsonNode)new JsonObject
        {
            ["committee"] = r.Committee,
            ["meetingDate"] = Date(r.MeetingDate),
            ["topic"] = r.Topic,
            ["text"] = r.Text,
            ["deadline"] = r.Deadline is { } d ? Date(d) : null,
            ["source"] = r.Source,
        })]);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
