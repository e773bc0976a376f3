namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>Response text read from a tracker's response column: for one numbered item, or (Number null) for the whole row.</summary>
/// <param name="ByLine">True when no number marked it and it was given to the item opening on its line.</param>
internal sealed record TrackerResponse(int? Number, string Text, int LineIndex, bool ByLine = false);
