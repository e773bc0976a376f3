using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Titles;

/// <summary>
/// The title a paper gives itself in its cover fields: "Subject: Commissioning Plan for Education Provision" (Kent
/// reports), "Report Title | Children's Services Improvement" (Nottingham report covers), "Title of report:",
/// "Title of Decision:" or "Subject Matter / Title of Decision" (records of decision),
/// "EQIA Title" on the line above its value (impact assessment forms). A value may run onto the next line.
/// </summary>
internal static partial class TitleLabels
{
    private const int CoverLines = 30;
    private const int MaxTitle = 160;

    public static string? Read(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count && i < CoverLines; i++)
        {
            var m = Labelled().Match(lines[i].Text.Trim());
            if (!m.Success)
            {
                continue;
            }

            var value = m.Groups["value"].Value.Trim();
            if (value.Length == 0)
            {
                // The label alone on its line: the value is the next line ("EQIA Title" / "Commissioning Plan ...").
                value = i + 1 < lines.Count && !Labelled().IsMatch(lines[i + 1].Text.Trim()) ? lines[i + 1].Plain : string.Empty;
            }
            else if (value.EndsWith('–') || value.EndsWith('-') || (i + 1 < lines.Count && Continues(value, lines[i + 1].Plain)))
            {
                value = value.TrimEnd('–', '-', ' ') + " " + lines[i + 1].Plain;
            }

            value = Tidy(value);
            if (value.Length >= 4)
            {
                return value.Length <= MaxTitle ? value : value[..MaxTitle].TrimEnd() + "…";
            }
        }

        return null;
    }

    /// <summary>A title broken mid-phrase: the next line starts in lower case and is short ("Supplementary paper.").</summary>
    private static bool Continues(string value, string next) =>
        next.Length is > 0 and < 60 && char.IsLower(next[0]) && !value.EndsWith('.');

    private static string Tidy(string value) => value.Trim().TrimEnd('.', ':', ';', ' ').Replace('\t', ' ');

    [GeneratedRegex(@"^(?:(?:Subject|Title)\s*:|(?:Report\s+Title|(?:Subject\s+Matter\s*/\s*)?Title\s+of\s+(?:the\s+)?(?:Report|Decision)|EQIA\s+Title)\s*(?::|\||\t|\s{2,}|$))\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();
}
