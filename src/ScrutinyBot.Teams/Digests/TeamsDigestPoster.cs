using Microsoft.Extensions.Logging;
using ScrutinyBot.Core.Digests;
using ScrutinyBot.Teams.Connector;
using ScrutinyBot.Teams.Protocol;

namespace ScrutinyBot.Teams.Digests;

/// <summary>Posts a digest card proactively through the Connector. 403/404 (bot removed, conversation gone) and a
/// serviceUrl we may not post to are "gone"; a call that may have reached Teams without confirming it (timeout,
/// connection lost after sending, 5xx without Retry-After) is "unknown" and never re-sent; anything else failed after
/// the Connector client's own retries (connection refused, 429, 5xx with Retry-After) provably did not land and is
/// "failed", retried on the next scheduler run.</summary>
public sealed partial class TeamsDigestPoster(IProactiveMessenger messenger, TimeProvider time, ILogger<TeamsDigestPoster> logger) : IDigestPoster
{
    public async Task<DigestPostResult> PostAsync(DigestTarget target, Digest digest, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        var reference = ConversationReference.FromJson(target.ReferenceJson);
        if (reference is null || string.IsNullOrEmpty(reference.ServiceUrl) || string.IsNullOrEmpty(reference.Conversation?.Id))
        {
            return DigestPostResult.Gone("The stored conversation details are incomplete; type \"subscribe\" in the conversation again.");
        }

        var activity = Activity.CreateMessageActivity();
        activity.Summary = "Scrutiny digest";
        activity.Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = DigestCardBuilder.Build(digest) }];
        string? activityId = null;
        try
        {
            await messenger.ContinueConversationAsync(
                reference,
                async (turn, token) => activityId = (await turn.SendActivityAsync(activity, token).ConfigureAwait(false)).Id,
                cancellationToken).ConfigureAwait(false);
            return DigestPostResult.Posted(string.IsNullOrEmpty(activityId) ? null : activityId);
        }
        catch (ConnectorException ex) when (ex.IsGone || ex.ErrorCode == ConnectorException.ServiceUrlNotAllowed)
        {
            LogGone(target.ConversationId, ex.StatusCode, ex);
            var on = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return DigestPostResult.Gone(ex.IsGone
                ? $"The bot was removed from this conversation or may no longer post in it (Teams answered {ex.StatusCode} on {on})."
                : $"This conversation's service address is not on the allowed list (refused on {on}).");
        }
        catch (ConnectorException ex) when (ex.OutcomeUnknown)
        {
            LogUnknown(target.ConversationId, ex.StatusCode, ex);
            return DigestPostResult.Unknown(ex.StatusCode == 0
                ? "Teams did not answer in time; the digest may have been posted, so it is not re-sent."
                : $"Teams answered {ex.StatusCode} without asking for a retry; the digest may have been posted, so it is not re-sent.");
        }
        catch (ConnectorException ex)
        {
            LogFailed(target.ConversationId, ex.StatusCode, ex);
            return DigestPostResult.Failed(ex.StatusCode == 0 ? "Teams could not be reached." : $"Teams answered {ex.StatusCode}.");
        }
    }

    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Digest to conversation {ConversationId} refused for good (status {StatusCode})")]
    private partial void LogGone(string conversationId, int statusCode, Exception exception);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "Digest to conversation {ConversationId} not confirmed (status {StatusCode}); it may have been posted and is not re-sent")]
    private partial void LogUnknown(string conversationId, int statusCode, Exception exception);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Warning, Message = "Digest to conversation {ConversationId} failed (status {StatusCode}); retried on the next run")]
    private partial void LogFailed(string conversationId, int statusCode, Exception exception);
}
