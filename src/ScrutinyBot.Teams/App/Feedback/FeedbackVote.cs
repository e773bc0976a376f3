namespace ScrutinyBot.Teams.App.Feedback;

/// <summary>A user's verdict on an answer.</summary>
/// <param name="Reaction">"helpful" or "not-helpful".</param>
/// <param name="ActivityId">The answer's activity id (the card the vote came from), when known.</param>
public sealed record FeedbackVote(
    string ConversationId,
    string? ActivityId,
    string? UserId,
    string Reaction,
    string? Question,
    string? Comment);
