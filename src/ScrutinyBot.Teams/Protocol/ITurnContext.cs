namespace ScrutinyBot.Teams.Protocol;

/// <summary>One inbound activity and the means to answer it, shaped like the SDK's turn context.</summary>
public interface ITurnContext
{
    /// <summary>The inbound activity (or, for proactive turns, a continuation event built from a reference).</summary>
    Activity Activity { get; }

    /// <summary>True once anything has been sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>Sends an activity to the conversation: a reply when <see cref="Activity.ReplyToId"/> is set, else a
    /// new message. Missing addressing (conversation, from, recipient, serviceUrl) is filled from the turn.
    /// An activity of type <see cref="ActivityTypes.InvokeResponse"/> sets the invoke's HTTP answer instead.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Replaces a sent activity (<see cref="Activity.Id"/> names it).</summary>
    Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken);
}
