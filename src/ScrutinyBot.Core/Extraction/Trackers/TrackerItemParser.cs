using System.Globalization;
using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Trackers;

/// <summary>
/// Splits a tracker's recommendations column (often flattened into one run of text) into items: at numbers
/// ("1)", "2."), after "(R)" / "(A)" markings, and where a new sentence opens the way recommendations do
/// ("That ...", "To request ...", "Recommends ...").
/// </summary>
internal static partial class TrackerItemParser
{
    public static IReadOnlyList<(int? Number, string Text, string? Type, int Offset)> Parse(string stream)
    {
        var cuts = new SortedSet<int> { 0 };
        foreach (Match m in NumberMarker().Matches(stream))
        {
            cuts.Add(m.Index);
        }

        foreach (Match m in TypeMarker().Matches(stream))
        {
            cuts.Add(m.Index + m.Length);
        }

        foreach (Match m in Opener().Matches(stream))
        {
            cuts.Add(m.Index);
        }

        var positions = cuts.ToList();
        var items = new List<(int?, string, string?, int)>();
        for (var c = 0; c < positions.Count; c++)
        {
            var end = c + 1 < positions.Count ? positions[c + 1] : stream.Length;
            var begin = positions[c];
            while (begin < end && char.IsWhiteSpace(stream[begin]))
            {
                begin++;
            }

            var raw = stream[begin..end].Trim();
            int? number = null;
            var lead = LeadingNumber().Match(raw);
            if (lead.Success)
            {
                number = int.Parse(lead.Groups["n"].Value, CultureInfo.InvariantCulture);
                raw = raw[lead.Length..].Trim();
            }

            var types = TypeMarker().Matches(raw);
            var type = types.Count > 0 ? types[^1].Groups["t"].Value.ToUpperInvariant() : null;
            var text = TypeMarker().Replace(raw, " ").Trim();
            text = Spaces().Replace(text, " ").Trim(' ', ',', ';');
            if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3 || number is not null)
            {
                items.Add((number, text, type, begin));
            }
        }

        return items;
    }

    public static bool StartsLikeRecommendation(string text) => LeadingOpener().IsMatch(text);

    [GeneratedRegex(@"(?<![\w/£$.,%-])\(?\d{1,2}[).](?=\s+[A-Z'‘“])")]
    private static partial Regex NumberMarker();

    [GeneratedRegex(@"^\(?(?<n>\d{1,2})[).]\s*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\(\s*(?<t>[RA])\s*\)")]
    private static partial Regex TypeMarker();

    [GeneratedRegex(@"(?<=[A-Za-z)\]'’""”%][.;:]\s*)(?=(?:That|To\s+(?:request|recommend|write|invite|receive|ask|seek|note|consider|explore|provide|review|ensure|encourage|urge)|Recommends?|Recommended|Requests?|For\s+the)\b)")]
    private static partial Regex Opener();

    [GeneratedRegex(@"^\s*(?:That|To\s+[a-z]+|Recommends?|Recommended|Requests?|For\s+the)\b")]
    private static partial Regex LeadingOpener();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
