using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>"What's the cost per camera?", "what does each one cost?", "how much would each district get?": the price
/// or share of one item, which a total beside the items ("£1m … including movable ANPR cameras") does not give. Papers
/// write one item's figure with the item in the singular after "per", "each", "every", "a" ("every child in care is
/// eligible for a Junior ISA with £200", "the average weekly cost of a residential placement is c. £6,000") or with
/// "each" / "apiece" after it. Time is not an item: "per year", "each week" ask a rate, which any figure of the
/// subject may give.</summary>
public static partial class PerItemFigures
{
    private const int Reach = 60;

    /// <returns>The item asked about ("camera"; "one" when the question names none), or null when the question does
    /// not ask for one item's figure.</returns>
    public static string? Item(string question) =>
        ItemQuestion().Match(question) is { Success: true } m ? m.Groups["item"].Value.ToLowerInvariant() : null;

    /// <summary>True when the figure at <paramref name="index"/> (of <paramref name="length"/> characters) is written
    /// as one item's: the item in the singular after per/each/every/a within a few words either side, or "each" /
    /// "apiece" / "per unit" straight after it.</summary>
    public static bool IsFor(string text, int index, int length, string item)
    {
        var before = text[Math.Max(0, index - Reach)..index];
        var after = text[(index + length)..Math.Min(text.Length, index + length + Reach)];
        if (EachAfter().IsMatch(after))
        {
            return true;
        }

        if (item == "one")
        {
            return false;
        }

        // The static IsMatch keeps the built pattern in Regex's cache: one per item asked.
        var singular = $@"\b(per|each|every|a|an|one)\s+([\w-]+\s+){{0,2}}{Regex.Escape(item)}\b";
        return Regex.IsMatch(before, singular, RegexOptions.IgnoreCase) || Regex.IsMatch(after, singular, RegexOptions.IgnoreCase);
    }

    // The item is the noun the question ends on or asks with ("… per camera?", "each district get"), not a determiner
    // ("per the capital strategy"), another figure ("each £10m of borrowing", "each extra 1% of inflation") or a verb
    // after a floating "each" ("the council and the ICB each put in": their shares, not one item's).
    [GeneratedRegex(@"\b(per|each|every)\s+(?!(the|a|an|our|their|its|this|that|these|those|of|cent|year|yr|week|wk|month|annum|day|night|hour|quarter|term|time|financial|academic)s?\b)(?<item>[a-z]+)(?=\s*(\?|$|,|\b(cost|costs|get|gets|receive|receives|would|will|is|does|do|and)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex ItemQuestion();

    [GeneratedRegex(@"^\s*(each|apiece|per (unit|item|head|one))\b", RegexOptions.IgnoreCase)]
    private static partial Regex EachAfter();
}
