using System.Text.Json;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Tests.Protocol;

public sealed class ActivityJsonTests
{
    private const string TeamsMessage = """
        {
          "type": "message", "id": "1700000000000", "timestamp": "2024-11-20T10:15:00.123Z",
          "localTimestamp": "2024-11-20T10:15:00.123+00:00", "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams",
          "from": { "id": "29:abc", "name": "Ada", "aadObjectId": "0001" },
          "recipient": { "id": "28:bot", "name": "ScrutinyBot" },
          "conversation": { "id": "19:x@thread.tacv2;messageid=17", "conversationType": "channel", "tenantId": "t1", "isGroup": true },
          "text": "<at>ScrutinyBot</at>&nbsp;overdue", "textFormat": "plain", "locale": "en-GB",
          "entities": [ { "type": "mention", "mentioned": { "id": "28:bot", "name": "ScrutinyBot" }, "text": "<at>ScrutinyBot</at>" },
                        { "type": "clientInfo", "locale": "en-GB", "country": "GB" } ],
          "channelData": { "tenant": { "id": "t1" }, "team": { "id": "19:team" }, "channel": { "id": "19:x@thread.tacv2" } },
          "attachments": [ { "contentType": "text/html", "content": "<p>overdue</p>" } ],
          "somethingNew": { "nested": [1, 2] }
        }
        """;

    [Fact]
    public void Deserialize_TeamsChannelMessage_ReadsFieldsAndKeepsUnknownOnes()
    {
        var sut = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;

        Assert.Equal(ActivityTypes.Message, sut.Type);
        Assert.Equal("channel", sut.Conversation!.ConversationType);
        Assert.True(sut.Conversation.IsGroup);
        Assert.Equal("0001", sut.From!.AadObjectId);
        Assert.Equal("t1", sut.ChannelData!.Value.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("GB", sut.Entities![1].GetProperty("country")!.Value.GetString());
        Assert.True(sut.Properties!.ContainsKey("somethingNew"));
    }

    [Fact]
    public void Serialize_Reply_IsCamelCaseAndOmitsNulls()
    {
        var sut = new Activity { Type = ActivityTypes.Message, Text = "hi", Conversation = new ConversationAccount { Id = "c1" } };

        var json = JsonSerializer.Serialize(sut, ProtocolJson.Options);

        Assert.Equal("""{"type":"message","conversation":{"id":"c1"},"text":"hi"}""", json);
    }

    [Fact]
    public void Serialize_RoundTrip_KeepsUnknownFields()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;

        var json = JsonSerializer.Serialize(activity, ProtocolJson.Options);

        Assert.Contains("\"somethingNew\":{\"nested\":[1,2]}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_EntityWithExtraProperties_WritesThemInline()
    {
        var entity = new Entity { Type = "https://schema.org/Message", Properties = new() { ["@type"] = "Message", ["additionalType"] = new[] { "AIGeneratedContent" } } };

        var json = JsonSerializer.Serialize(entity, ProtocolJson.Options);

        Assert.Equal("""{"type":"https://schema.org/Message","@type":"Message","additionalType":["AIGeneratedContent"]}""", json);
    }

    [Fact]
    public void ConversationReference_ToJsonFromJson_RoundTrips()
    {
        var reference = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!.GetConversationReference();

        var sut = ConversationReference.FromJson(reference.ToJson())!;

        Assert.Equal("19:x@thread.tacv2;messageid=17", sut.Conversation!.Id);
        Assert.Equal("28:bot", sut.Bot!.Id);
        Assert.Equal("29:abc", sut.User!.Id);
        Assert.Equal("https://smba.trafficmanager.net/amer/", sut.ServiceUrl);
        Assert.Equal("t1", sut.Conversation.TenantId);
    }

    [Fact]
    public void ConversationReference_FromJsonNotJson_ReturnsNull() =>
        Assert.Null(ConversationReference.FromJson("{not json"));
}
