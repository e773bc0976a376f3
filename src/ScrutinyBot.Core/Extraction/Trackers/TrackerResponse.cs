namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>Response text read from a tracker's response column: for one numbered item, or (Number null) for the whole row.</summary>
internal sealed record TrackerResponse(int? Number, string Text, int LineIndex);
