namespace ScrutinyBot.Teams.Protocol;

/// <summary>Values of <see cref="Activity.DeliveryMode"/>.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";

    /// <summary>The caller wants every reply in the HTTP answer as <c>{"activities":[…]}</c>.</summary>
    public const string ExpectReplies = "expectReplies";
}
