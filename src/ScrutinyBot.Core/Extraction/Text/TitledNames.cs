using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Text;

/// <summary>A person's title, then a name: "Mr. L. Breedon CC", "Councillor Jane Smith (Chair)". A row of cells that
/// all start so is a grid of names, not a name beside its role.</summary>
internal static partial class TitledNames
{
    public static bool AllTitled(IReadOnlyCollection<string> cells) =>
        cells.Count >= 2 && cells.Where(c => c.Trim().Length > 0).All(IsTitledName);

    private static bool IsTitledName(string cell) => TitledName().IsMatch(cell.Trim());

    [GeneratedRegex(@"^(?:Councillors?|Cllrs?\.?|County Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Revd)\.?\s+[A-Z]")]
    private static partial Regex TitledName();
}
