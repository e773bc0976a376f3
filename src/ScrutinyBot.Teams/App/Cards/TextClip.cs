namespace ScrutinyBot.Teams.App.Cards;

/// <summary>Shortens text for a card at a word boundary, marking the cut with an ellipsis.</summary>
public static class TextClip
{
    public static string Clip(string? text, int maxChars)
    {
        var value = (text ?? string.Empty).Trim();
        if (value.Length <= maxChars)
        {
            return value;
        }

        var cut = value.LastIndexOf(' ', Math.Max(0, maxChars - 1), Math.Min(maxChars, 40));
        var end = cut > maxChars / 2 ? cut : maxChars - 1;
        return value[..end].TrimEnd(' ', ',', ';', ':') + "…";
    }

    /// <summary>One line: whitespace (including line breaks) collapsed to single spaces.</summary>
    public static string OneLine(string? text, int maxChars) =>
        Clip(string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), maxChars);
}
