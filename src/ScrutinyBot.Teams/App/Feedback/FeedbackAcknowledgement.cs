namespace ScrutinyBot.Teams.App.Feedback;

public static class FeedbackAcknowledgement
{
    public const string Text = "Thanks for the feedback: it has been recorded and helps improve the answers.";
}
