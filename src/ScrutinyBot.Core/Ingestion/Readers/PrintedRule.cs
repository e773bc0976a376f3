namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>A rule printed as characters under a table's header or between its rows ("-----", "_____", "═══",
/// box-drawing lines): no content of the table.</summary>
internal static class PrintedRule
{
    public static bool Is(string text) =>
        text.Any(c => !char.IsWhiteSpace(c)) && text.All(c => char.IsWhiteSpace(c) || c is '-' or '_' or '=' || c is >= '\u2500' and <= '\u257F');
}
