using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Minutes;

/// <summary>Recognises list markers councils use: 1) (1) 1. a) (a) a. i) and the "(R)" / "(A)" markings that end tracker entries.</summary>
internal static partial class ListMarkers
{
    public static bool TryRead(string text, int lineIndex, out ListItem item)
    {
        var m = Marker().Match(text);
        if (!m.Success)
        {
            item = new ListItem(string.Empty, false, text, lineIndex);
            return false;
        }

        var marker = m.Groups["m"].Value;
        item = new ListItem(marker, !char.IsDigit(marker[0]), m.Groups["t"].Value.Trim(), lineIndex);
        return true;
    }

    public static bool IsListLine(string text) => Marker().IsMatch(text);

    [GeneratedRegex(@"^\(?(?<m>\d{1,2}|[a-zA-Z]|[ivx]{2,4})(?:\)|\.(?=\s))\s*(?<t>\S.*)$")]
    private static partial Regex Marker();
}
