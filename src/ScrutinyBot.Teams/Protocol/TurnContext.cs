using System.Text.Json;
using ScrutinyBot.Teams.Connector;

namespace ScrutinyBot.Teams.Protocol;

/// <summary>The turn context: sends through the Connector, or buffers when the caller asked for
/// <c>expectReplies</c>; collects the invoke response. One instance per turn; sends may overlap (a typing
/// indicator beside the answer).</summary>
public sealed class TurnContext : ITurnContext
{
    private readonly IConnectorClient _connector;
    private readonly List<Activity> _bufferedReplies = [];
    private readonly Lock _gate = new();
    private InvokeResponse? _invokeResponse;
    private bool _responded;

    public TurnContext(Activity activity, IConnectorClient connector)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(connector);
        Activity = activity;
        _connector = connector;
        ExpectReplies = string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
    }

    public Activity Activity { get; }

    public bool Responded
    {
        get
        {
            lock (_gate)
            {
                return _responded;
            }
        }
    }

    /// <summary>True when replies are returned in the HTTP answer rather than posted to the Connector.</summary>
    public bool ExpectReplies { get; }

    /// <summary>The invoke's HTTP answer, once the bot has sent one.</summary>
    public InvokeResponse? InvokeResponse
    {
        get
        {
            lock (_gate)
            {
                return _invokeResponse;
            }
        }
    }

    /// <summary>A snapshot of the replies buffered for an expectReplies answer.</summary>
    public IReadOnlyList<Activity> BufferedReplies
    {
        get
        {
            lock (_gate)
            {
                return [.. _bufferedReplies];
            }
        }
    }

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.IsType(ActivityTypes.InvokeResponse))
        {
            var response = ReadInvokeResponse(activity.Value);
            lock (_gate)
            {
                _invokeResponse = response;
            }

            return ResourceResponse.Empty;
        }

        Address(activity);
        if (activity.IsType(ActivityTypes.Trace) && !string.Equals(Activity.ChannelId, "emulator", StringComparison.OrdinalIgnoreCase))
        {
            return ResourceResponse.Empty;
        }

        lock (_gate)
        {
            _responded = true;
            if (ExpectReplies)
            {
                _bufferedReplies.Add(activity);
                return ResourceResponse.Empty;
            }
        }

        var (serviceUrl, conversationId) = Destination(activity);
        return string.IsNullOrEmpty(activity.ReplyToId)
            ? await _connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken).ConfigureAwait(false)
            : await _connector.ReplyToActivityAsync(serviceUrl, conversationId, activity.ReplyToId, activity, cancellationToken).ConfigureAwait(false);
    }

    public async Task UpdateActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
        {
            throw new ArgumentException("The activity to update needs its id.", nameof(activity));
        }

        Address(activity);
        var (serviceUrl, conversationId) = Destination(activity);
        await _connector.UpdateActivityAsync(serviceUrl, conversationId, activity.Id, activity, cancellationToken).ConfigureAwait(false);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var (serviceUrl, conversationId) = Destination(Activity);
        return _connector.DeleteActivityAsync(serviceUrl, conversationId, activityId, cancellationToken);
    }

    private void Address(Activity activity)
    {
        activity.Type ??= ActivityTypes.Message;
        activity.Conversation ??= Activity.Conversation;
        activity.From ??= Activity.Recipient;
        activity.Recipient ??= Activity.From;
        activity.ServiceUrl ??= Activity.ServiceUrl;
        activity.ChannelId ??= Activity.ChannelId;
        activity.Locale ??= Activity.Locale;
    }

    private static (string ServiceUrl, string ConversationId) Destination(Activity activity)
    {
        var serviceUrl = activity.ServiceUrl;
        var conversationId = activity.Conversation?.Id;
        if (string.IsNullOrEmpty(serviceUrl) || string.IsNullOrEmpty(conversationId))
        {
            throw new InvalidOperationException("The activity has no serviceUrl or conversation id to send to.");
        }

        return (serviceUrl, conversationId);
    }

    private static InvokeResponse ReadInvokeResponse(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } element
            ? element.Deserialize<InvokeResponse>(ProtocolJson.Options) ?? new InvokeResponse(200)
            : new InvokeResponse(200);
}
