namespace ScrutinyBot.Teams.App.Feedback;

/// <summary>Stores votes on answers (helpful / not helpful) so answer quality can be reviewed.</summary>
public interface IFeedbackStore
{
    Task SaveAsync(FeedbackVote vote, CancellationToken cancellationToken);

    /// <summary>The votes cast in a conversation, oldest first.</summary>
    Task<IReadOnlyList<FeedbackVote>> ListAsync(string conversationId, CancellationToken cancellationToken);
}
