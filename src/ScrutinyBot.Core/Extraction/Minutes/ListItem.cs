namespace ScrutinyBot.Core.Extraction.Minutes;

/// <summary>A numbered or lettered entry of a list: "1) To request ...", "(a) That ...", "2. That ...".</summary>
/// <param name="Lettered">True for a), (b), i) style markers; false for numbers.</param>
internal sealed record ListItem(string Marker, bool Lettered, string Text, int LineIndex);
