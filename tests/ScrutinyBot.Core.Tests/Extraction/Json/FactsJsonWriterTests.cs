using System.Text.Json;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Extraction.Json;

namespace ScrutinyBot.Core.Tests.Extraction.Json;

public sealed class FactsJsonWriterTests
{
    [Fact]
    public void ToJson_AllKinds_WritesTheAgreedShape()
    {
        var e = new Evidence("a.txt", "Minutes", 1, "q");
        var date = new DateOnly(2024, 7, 10);
        var facts = new DocumentFacts(
            [new Meeting("a.txt", "Council", "Committee", date, new TimeOnly(9, 5), null, "Room", "Cllr X", e)],
            [new Attendance("a.txt", "Committee", date, "Cllr Y", AttendanceStatus.Apologies, null, e)],
            [],
            [new Resolution("a.txt", "Committee", date, "22", "2024/001", "Budget", "To note.", e)],
            [new Recommendation("a.txt", "Committee", date, "Topic", "1", "That...", "R", new DateOnly(2024, 7, 12), new DateOnly(2024, 9, 12), ResponseStatus.None, null, e)],
            [new WorkProgrammeItem("a.txt", "Committee", null, "March 2025", "SEND", "Director", e)]);

        using var json = JsonDocument.Parse(FactsJsonWriter.ToJson(facts));

        var root = json.RootElement;
        Assert.Equal(["meetings", "resolutions", "recommendations", "workProgramme", "attendance"], root.EnumerateObject().Select(p => p.Name));
        var meeting = root.GetProperty("meetings")[0];
        Assert.Equal(["source", "council", "committee", "date", "start", "end", "place", "chair"], meeting.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("2024-07-10", "09:05", JsonValueKind.Null), (meeting.GetProperty("date").GetString(), meeting.GetProperty("start").GetString(), meeting.GetProperty("end").ValueKind));
        Assert.Equal(["source", "committee", "meetingDate", "minuteNumber", "reference", "item", "text"],
            root.GetProperty("resolutions")[0].EnumerateObject().Select(p => p.Name));
        var recommendation = root.GetProperty("recommendations")[0];
        Assert.Equal(["source", "committee", "meetingDate", "topic", "number", "text", "type", "issued", "deadline", "responseStatus", "response"],
            recommendation.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("none", "2024-09-12"), (recommendation.GetProperty("responseStatus").GetString(), recommendation.GetProperty("deadline").GetString()));
        Assert.Equal(["source", "committee", "meetingDate", "item", "lead"], root.GetProperty("workProgramme")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("March 2025", root.GetProperty("workProgramme")[0].GetProperty("meetingDate").GetString());
        Assert.Equal(["source", "meetingDate", "name", "status"], root.GetProperty("attendance")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("apologies", root.GetProperty("attendance")[0].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(ResponseStatus.Responded, "responded")]
    [InlineData(ResponseStatus.Partial, "partial")]
    [InlineData(ResponseStatus.None, "none")]
    public void Status_EachValue_IsLowerCaseName(ResponseStatus status, string expected)
    {
        Assert.Equal(expected, FactsJsonWriter.Status(status));
    }
}
