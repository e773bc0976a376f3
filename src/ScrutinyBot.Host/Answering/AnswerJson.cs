using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ScrutinyBot.Core.Answering;

namespace ScrutinyBot.Host.Answering;

/// <summary>The JSON line an answer is written as: {"id","answered","answer","citations":[...],"elapsedMs"}.</summary>
public sealed record AnswerJson(
    string? Id,
    bool Answered,
    string Answer,
    IReadOnlyList<CitationJson> Citations,
    long ElapsedMs,
    bool AiGenerated,
    string? Note)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static AnswerJson From(string? id, Answer answer, long elapsedMs) => new(
        id,
        answer.Answered,
        answer.Text,
        answer.Citations.Select(c => new CitationJson(c.Number, c.Source, c.Part, c.Page, c.MeetingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Committee, c.Quote, c.Title, c.SourceUrl ?? c.Link)).ToList(),
        elapsedMs,
        answer.AiGenerated,
        answer.Note);

    public string ToJsonLine() => JsonSerializer.Serialize(this, Options);
}
