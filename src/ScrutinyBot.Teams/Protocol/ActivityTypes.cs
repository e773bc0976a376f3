namespace ScrutinyBot.Teams.Protocol;

/// <summary>The activity types the Bot Connector protocol defines (the ones this bot sees or sends).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string Invoke = "invoke";
    public const string Event = "event";
    public const string Typing = "typing";
    public const string Trace = "trace";

    /// <summary>Not sent on the wire: sending one through a turn context sets the HTTP answer to an invoke.</summary>
    public const string InvokeResponse = "invokeResponse";
}
