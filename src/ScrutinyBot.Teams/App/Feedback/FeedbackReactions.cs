namespace ScrutinyBot.Teams.App.Feedback;

/// <summary>The two votes, and the Teams feedback-loop words that mean them.</summary>
public static class FeedbackReactions
{
    public const string Helpful = "helpful";
    public const string NotHelpful = "not-helpful";

    /// <summary>Maps "helpful"/"like"/"not-helpful"/"dislike" (any case) to a stored reaction, or null if it is neither.</summary>
    public static string? Normalise(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "helpful" or "like" or "up" => Helpful,
        "not-helpful" or "not helpful" or "unhelpful" or "dislike" or "down" => NotHelpful,
        _ => null,
    };
}
