using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>The political groups of UK councils, as minutes head the columns of who was present by party ("LABOUR |
/// CONSERVATIVE | LIBERAL DEMOCRAT | INDEPENDENT" over the members' names, as Bradford prints them).</summary>
internal static partial class PoliticalGroups
{
    /// <summary>Whether every cell of a row names a political group: the row heads columns of names, it names no one.</summary>
    public static bool HeadsColumns(IReadOnlyList<string> cells) =>
        cells.Count(c => c.Length > 0) >= 2 && cells.Where(c => c.Length > 0).All(c => Group().IsMatch(c));

    [GeneratedRegex(@"^(?:labour(?:\s+(?:and|&)\s+co-?operative)?|conservatives?|liberal\s+democrats?|lib\s+dems?|greens?(?:\s+party)?|independents?|reform(?:\s+uk)?|snp|scottish\s+national\s+party|plaid\s+cymru|ukip|dup|sinn\s+f[eé]in|sdlp|alliance|uup|residents?(?:'\s+association)?|non-?aligned|unaligned)(?:\s+(?:group|party|members?|councillors?))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Group();
}
