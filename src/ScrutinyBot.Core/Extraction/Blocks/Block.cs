namespace ScrutinyBot.Core.Extraction.Blocks;

/// <summary>
/// One block of a paper, whatever its format: its kind, the list marker it starts with ("3.", "(b)", "ii)"),
/// its text with line and page breaks joined, and the lines it was read from (the first is what evidence cites).
/// </summary>
internal sealed record Block(BlockKind Kind, ListMarker? Marker, string Text, int FirstLine, int LastLine)
{
    public int Lines => LastLine - FirstLine + 1;
}
