using System.Globalization;
using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Minutes;

/// <summary>
/// Finds the numbered items of minutes ("20 Apologies for Absence", "5 PARTNERSHIP PROGRESS IN ...", "Minute 23. Budget").
/// Numbers must rise in small steps, so numbered lists inside an item ("1) To request ...") are not taken for items.
/// </summary>
internal static partial class MinuteItemReader
{
    public static IReadOnlyList<MinuteItem> Read(IReadOnlyList<SourceLine> lines)
    {
        var heads = new List<(int Index, int Number, string Label, string Title)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var m = Heading().Match(lines[i].Plain);
            if (!m.Success)
            {
                continue;
            }

            var number = int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            var title = m.Groups["t"].Value.Trim();
            if (!LooksLikeTitle(title))
            {
                continue;
            }

            if (heads.Count > 0 && (number <= heads[^1].Number || number > heads[^1].Number + 4))
            {
                continue;
            }

            heads.Add((i, number, m.Groups["label"].Value, TitleCase.FromShouting(title)));
        }

        var items = new List<MinuteItem>();
        for (var h = 0; h < heads.Count; h++)
        {
            var end = h + 1 < heads.Count ? heads[h + 1].Index : lines.Count;
            items.Add(new MinuteItem(heads[h].Label, heads[h].Title, heads[h].Index, end));
        }

        return items;
    }

    private static bool LooksLikeTitle(string title)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 1 and <= 40 && !UkDateParser.StartsWithMonthName(title)
            && !(title.EndsWith('.') && words > 14) && !title.Contains('\t', StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^(?:Minute\s+)?(?<label>(?<n>\d{1,4})(?:/\d{2,4})?)\.?\s+(?<t>[A-Z'""‘“(].*)$")]
    private static partial Regex Heading();
}
