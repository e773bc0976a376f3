using System.Text.RegularExpressions;

namespace ScrutinyBot.Teams.App.Commands;

/// <summary>Turns "for the CYP committee?" into "CYP committee": the loose committee name Core matches on.</summary>
public static partial class CommitteeArgument
{
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var cleaned = LeadingFiller().Replace(text.Trim().TrimEnd('?', '.', '!'), string.Empty).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    [GeneratedRegex(@"^(?:(?:for|from|of|the|in|by|at|recommendations?|resolutions?)(?:\s+|$))+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingFiller();
}
