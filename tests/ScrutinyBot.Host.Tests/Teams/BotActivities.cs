using System.Text.Json.Nodes;

namespace ScrutinyBot.Host.Tests.Teams;

/// <summary>Teams-shaped activities, as the Agents Playground sends them (see docs/playground.md).</summary>
internal static class BotActivities
{
    public const string BotId = "28:scrutinybot";
    public const string BotName = "ScrutinyBot";
    public const string UserId = "29:user-0";
    public const string PersonalConversation = "a:personal-1";
    public const string GroupConversation = "19:group-1@thread.v2";
    public const string ChannelConversation = "19:general@thread.tacv2;messageid=1700000000000";

    public static JsonObject Personal(string serviceUrl, string text) => Message(serviceUrl, PersonalConversation, "personal", text);

    public static JsonObject Group(string serviceUrl, string text, bool mention)
    {
        var activity = Message(serviceUrl, GroupConversation, "groupChat", mention ? $"<at>{BotName}</at> {text}" : text);
        if (mention)
        {
            AddMention(activity);
        }

        return activity;
    }

    public static JsonObject Channel(string serviceUrl, string text)
    {
        var activity = Message(serviceUrl, ChannelConversation, "channel", $"<at>{BotName}</at>&nbsp;{text}");
        AddMention(activity);
        activity["channelData"]!["team"] = new JsonObject { ["id"] = "19:general@thread.tacv2", ["name"] = "Scrutiny" };
        activity["channelData"]!["channel"] = new JsonObject { ["id"] = "19:general@thread.tacv2", ["name"] = "General" };
        return activity;
    }

    public static JsonObject Submit(string serviceUrl, JsonObject value)
    {
        var activity = Message(serviceUrl, PersonalConversation, "personal", null);
        activity["value"] = value;
        activity["replyToId"] = "answer-card-1";
        return activity;
    }

    public static JsonObject ConversationUpdate(string serviceUrl, string conversationId, string memberAdded, string conversationType = "personal")
    {
        var activity = Base(serviceUrl, "conversationUpdate", conversationId, conversationType);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = memberAdded });
        return activity;
    }

    public static JsonObject InstallationUpdate(string serviceUrl, string conversationId, string action)
    {
        var activity = Base(serviceUrl, "installationUpdate", conversationId, "personal");
        activity["action"] = action;
        return activity;
    }

    public static JsonObject Reaction(string serviceUrl)
    {
        var activity = Base(serviceUrl, "messageReaction", PersonalConversation, "personal");
        activity["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });
        activity["replyToId"] = "sent-1";
        return activity;
    }

    public static JsonObject Invoke(string serviceUrl, string name, JsonObject value)
    {
        var activity = Base(serviceUrl, "invoke", PersonalConversation, "personal");
        activity["name"] = name;
        activity["value"] = value;
        activity["replyToId"] = "answer-card-1";
        return activity;
    }

    private static JsonObject Message(string serviceUrl, string conversationId, string conversationType, string? text)
    {
        var activity = Base(serviceUrl, "message", conversationId, conversationType);
        if (text is not null)
        {
            activity["text"] = text;
        }

        activity["textFormat"] = "plain";
        return activity;
    }

    private static JsonObject Base(string serviceUrl, string type, string conversationId, string conversationType) => new()
    {
        ["type"] = type,
        ["id"] = "in-" + Guid.NewGuid().ToString("N")[..8],
        ["timestamp"] = "2025-02-01T10:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Alex Officer", ["aadObjectId"] = "00000000-0000-0000-0000-000000000001" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new JsonObject
        {
            ["id"] = conversationId,
            ["conversationType"] = conversationType,
            ["tenantId"] = "tenant-1",
            ["isGroup"] = conversationType != "personal",
        },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        ["locale"] = "en-GB",
    };

    private static void AddMention(JsonObject activity) =>
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
            ["text"] = $"<at>{BotName}</at>",
        });
}
