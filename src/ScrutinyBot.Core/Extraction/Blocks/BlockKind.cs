namespace ScrutinyBot.Core.Extraction.Blocks;

/// <summary>What a block of a paper is: a heading, a paragraph, one item of a list, or one row of a table.</summary>
internal enum BlockKind
{
    Heading,
    Paragraph,
    ListItem,
    TableRow,
}
