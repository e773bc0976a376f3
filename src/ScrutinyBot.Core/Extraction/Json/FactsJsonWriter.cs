using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ScrutinyBot.Core.Extraction.Json;

/// <summary>Writes facts in the shape <c>facts --json</c> prints (issue 2 item 5): meetings, resolutions,
/// recommendations, workProgramme, attendance; dates YYYY-MM-DD, times HH:MM, responseStatus responded | partial | none,
/// "source" the file name.</summary>
public static class FactsJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(Stream stream, DocumentFacts facts, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(stream, Options);
        Write(json, facts);
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public static string ToJson(DocumentFacts facts)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            Write(json, facts);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter json, DocumentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(facts);
        json.WriteStartObject();
        Array(json, "meetings", facts.Meetings, (w, m) =>
        {
            Str(w, "source", m.Source);
            Str(w, "council", m.Council);
            Str(w, "committee", m.Committee);
            Str(w, "date", Date(m.Date));
            Str(w, "start", Time(m.Start));
            Str(w, "end", Time(m.End));
            Str(w, "place", m.Place);
            Str(w, "chair", m.Chair);
        });
        Array(json, "resolutions", facts.Resolutions, (w, r) =>
        {
            Str(w, "source", r.Source);
            Str(w, "committee", r.Committee);
            Str(w, "meetingDate", Date(r.MeetingDate));
            Str(w, "minuteNumber", r.MinuteNumber);
            Str(w, "reference", r.Reference);
            Str(w, "item", r.Item);
            Str(w, "text", r.Text);
        });
        Array(json, "recommendations", facts.Recommendations, (w, r) =>
        {
            Str(w, "source", r.Source);
            Str(w, "committee", r.Committee);
            Str(w, "meetingDate", Date(r.MeetingDate));
            Str(w, "topic", r.Topic);
            Str(w, "number", r.Number);
            Str(w, "text", r.Text);
            Str(w, "type", r.Type);
            Str(w, "issued", Date(r.Issued));
            Str(w, "deadline", Date(r.Deadline));
            Str(w, "responseStatus", Status(r.ResponseStatus));
            Str(w, "response", r.Response);
        });
        Array(json, "workProgramme", facts.WorkProgramme, (w, item) =>
        {
            Str(w, "source", item.Source);
            Str(w, "committee", item.Committee);
            Str(w, "meetingDate", item.MeetingDate is { } d ? Date(d) : item.When);
            Str(w, "item", item.Item);
            Str(w, "lead", item.Lead);
        });
        Array(json, "attendance", facts.Attendance, (w, a) =>
        {
            Str(w, "source", a.Source);
            Str(w, "meetingDate", Date(a.MeetingDate));
            Str(w, "name", a.Name);
            Str(w, "status", AttendanceStatusName(a.Status));
        });
        json.WriteEndObject();
    }

    public static string Status(ResponseStatus status) => status switch
    {
        ResponseStatus.Responded => "responded",
        ResponseStatus.Partial => "partial",
        _ => "none",
    };

    public static string AttendanceStatusName(AttendanceStatus status) => status switch
    {
        AttendanceStatus.Absent => "absent",
        AttendanceStatus.Apologies => "apologies",
        AttendanceStatus.Substitute => "substitute",
        AttendanceStatus.InAttendance => "in attendance",
        _ => "present",
    };

    private static void Array<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            write(json, item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Str(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Time(TimeOnly? time) => time?.ToString("HH:mm", CultureInfo.InvariantCulture);
}
