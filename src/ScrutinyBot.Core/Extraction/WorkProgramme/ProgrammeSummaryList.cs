namespace ScrutinyBot.Core.Extraction.WorkProgramme;

/// <summary>
/// A summary list by meeting ("12th June 2024" then "- Medium Term Financial Strategy") printed before the table that
/// details a programme's items: the list's items the table does not repeat are items too, and a title the table wraps
/// over two lines ("Council Plan Performance" / "Report") is the list's whole one. Lines before the table that repeat
/// none of its items are the report around it, not a summary, and add nothing.
/// </summary>
internal static class ProgrammeSummaryList
{
    /// <param name="aProgramme">The list sets dates beside its items in a column of their own: a programme whatever the
    /// table after it holds (a monitoring table of past referrals).</param>
    public static void MergeInto(List<WorkProgrammeItem> tableItems, IReadOnlyList<WorkProgrammeItem> listed, bool aProgramme)
    {
        if (!aProgramme && !listed.Any(l => tableItems.Any(t => IsSameItem(t.Item, l.Item))))
        {
            return;
        }

        for (var t = 0; t < tableItems.Count; t++)
        {
            if (listed.FirstOrDefault(l => IsSameItem(tableItems[t].Item, l.Item)) is { } whole && whole.Item.Length > tableItems[t].Item.Length)
            {
                tableItems[t] = tableItems[t] with { Item = whole.Item };
            }
        }

        tableItems.InsertRange(0, listed.Where(l => !tableItems.Any(t => IsSameItem(t.Item, l.Item))).ToList());
    }

    /// <summary>One title starts the other, letters and digits only: "Council Plan Performance" is "Council Plan
    /// Performance Report" cut by its cell.</summary>
    private static bool IsSameItem(string a, string b)
    {
        var (x, y) = (Squeezed(a), Squeezed(b));
        return x.Length > 0 && y.Length > 0 && (x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal));
    }

    private static string Squeezed(string text) => new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
