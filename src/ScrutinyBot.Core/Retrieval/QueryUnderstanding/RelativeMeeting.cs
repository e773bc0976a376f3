namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>A meeting named relative to today: "the last meeting", "the next meeting".</summary>
public enum RelativeMeeting
{
    None,
    Last,
    Next,
}
