namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>One recommendation (or action) as read from a tracker row, before its response is attached.</summary>
/// <param name="Explicit">True when the tracker numbered it ("1)", "2."); false when the number was counted.</param>
/// <param name="Type">"R" or "A" when the tracker marks it "(R)" / "(A)".</param>
internal sealed record TrackerItem(int Number, bool Explicit, string Text, string? Type, int LineIndex);
