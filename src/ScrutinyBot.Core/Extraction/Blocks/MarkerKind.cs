namespace ScrutinyBot.Core.Extraction.Blocks;

internal enum MarkerKind
{
    Number,
    Letter,
    UpperLetter,
    Roman,
    Bullet,
}
