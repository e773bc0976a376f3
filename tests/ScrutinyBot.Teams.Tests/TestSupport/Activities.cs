using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Tests.TestSupport;

/// <summary>Teams-shaped inbound activities.</summary>
public static class Activities
{
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    public static Activity Message(string text = "hello", string conversationId = "a:personal-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ServiceUrl = ServiceUrl,
        ChannelId = "msteams",
        From = new ChannelAccount("29:user", "Ada") { AadObjectId = "aad-user" },
        Recipient = new ChannelAccount("28:bot", "ScrutinyBot"),
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = "t1" },
        Text = text,
        Locale = "en-GB",
    };
}
