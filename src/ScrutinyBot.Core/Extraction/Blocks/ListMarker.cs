using System.Globalization;
using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Blocks;

/// <summary>
/// A list marker as councils number paragraphs and decisions: 1. 1) (1) a) (a) a. i) (iv) and bullets.
/// Its kind and brackets tell a sub-list from the list around it; its ordinal tells whether it continues a list
/// (2 after 1) or starts a new one. "(i)" and "(v)" read both as letters and as roman numerals until the list
/// around them decides.
/// </summary>
internal sealed partial record ListMarker(string Text, IReadOnlyList<MarkerReading> Readings)
{
    public static ListMarker Bullet { get; } = new("•", [new MarkerReading(MarkerKind.Bullet, string.Empty, 0)]);

    public static bool TryRead(string text, out ListMarker? marker, out string rest)
    {
        var m = Leading().Match(text);
        marker = m.Success ? FromParts(m.Groups["open"].Value, m.Groups["m"].Value, m.Groups["close"].Value) : null;
        rest = marker is null ? text : m.Groups["t"].Value.Trim();
        return marker is not null;
    }

    /// <summary>A number without a stop or bracket before an item's words in lower case ("1 notes the update;"), as lists
    /// printed with a tab after the number read: taken for a marker only under a stem ("That", "… as follows:") or
    /// after an item ending in ";" or ":", so a line of prose that starts with a figure ("15 weeks") stays prose.</summary>
    public static bool TryReadBare(string text, string? previous, out ListMarker? marker, out string rest)
    {
        var m = Bare().Match(text);
        marker = m.Success && previous is not null && OpensItem().IsMatch(previous.TrimEnd())
            ? FromParts(string.Empty, m.Groups["m"].Value, string.Empty)
            : null;
        rest = marker is null ? text : m.Groups["t"].Value.Trim();
        return marker is not null;
    }

    /// <summary>A line that is nothing but a marker ("(2)", "8)"), as two-column layouts print paragraph numbers.</summary>
    public static ListMarker? ReadAlone(string text)
    {
        var m = Alone().Match(text.Trim());
        return m.Success ? FromParts(m.Groups["open"].Value, m.Groups["m"].Value, m.Groups["close"].Value) : null;
    }

    public bool StartsList => Readings.Any(r => r.Kind == MarkerKind.Bullet || r.Ordinal == 1);

    /// <summary>Whether this marker is the next one after <paramref name="previous"/> in the same list.</summary>
    public bool Follows(ListMarker previous) =>
        Readings.Any(r => previous.Readings.Any(p => p.Kind == r.Kind && p.Style == r.Style
            && (r.Kind == MarkerKind.Bullet || r.Ordinal == p.Ordinal + 1)));

    /// <summary>Whether both markers are of one kind and bracketing, whatever their place.</summary>
    public bool SameFamily(ListMarker other) =>
        Readings.Any(r => other.Readings.Any(p => p.Kind == r.Kind && p.Style == r.Style));

    private static ListMarker? FromParts(string open, string value, string close)
    {
        if (open.Length > 0 && close != ")")
        {
            return null;
        }

        var style = $"{open}_{close}";
        var text = $"{open}{value}{close}";
        if (value.All(char.IsDigit))
        {
            return new ListMarker(text, [new MarkerReading(MarkerKind.Number, style, int.Parse(value, CultureInfo.InvariantCulture))]);
        }

        var lower = value.ToLowerInvariant();
        var readings = new List<MarkerReading>();
        var roman = Roman(lower);
        if (roman > 0 && char.IsLower(value[0]))
        {
            readings.Add(new MarkerReading(MarkerKind.Roman, style, roman));
        }

        if (lower.Length == 1)
        {
            readings.Add(new MarkerReading(char.IsUpper(value[0]) ? MarkerKind.UpperLetter : MarkerKind.Letter, style, lower[0] - 'a' + 1));
        }

        return readings.Count > 0 ? new ListMarker(text, readings) : null;
    }

    private static int Roman(string text)
    {
        var total = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var value = RomanDigit(text[i]);
            if (value == 0)
            {
                return 0;
            }

            total += i + 1 < text.Length && value < RomanDigit(text[i + 1]) ? -value : value;
        }

        return total;
    }

    private static int RomanDigit(char c) => c switch { 'i' => 1, 'v' => 5, 'x' => 10, _ => 0 };

    [GeneratedRegex(@"^(?<open>\(?)(?<m>\d{1,2}|[a-zA-Z]|[ivx]{2,4})(?<close>\)|\.(?=\s))\s*(?<t>\S.*)$")]
    private static partial Regex Leading();

    [GeneratedRegex(@"^(?<open>\(?)(?<m>\d{1,3}|[a-zA-Z]|[ivx]{2,4})(?<close>\)|\.)$")]
    private static partial Regex Alone();

    /// <summary>"1 notes the update;", and numbered under its minute, "4.1 note the findings; and" (the item's number
    /// after the minute's).</summary>
    [GeneratedRegex(@"^(?:\d{1,3}\.)?(?<m>\d{1,2})\s+(?<t>[a-z].*)$")]
    private static partial Regex Bare();

    /// <summary>What a bare-numbered item follows: a stem ending in ":", a bare "That …" (a few words, no full
    /// stop) or "AGREED to" alone, or the item before it, ending in ";" (or "; and").</summary>
    [GeneratedRegex(@"(?:[:;]|;\s+(?:and|or))$|^(?:That|THAT)\b[^.]{0,40}$|^(?:AGREED|RESOLVED|DECIDED|Agreed|Resolved|Decided)\s+to$")]
    private static partial Regex OpensItem();
}
