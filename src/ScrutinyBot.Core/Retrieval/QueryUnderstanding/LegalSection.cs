using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Officers write a statute's section short ("the s151 officer", "the s25 report", "s106 money") where the
/// papers often write it out ("Section 151 Officer", "section 25 of the Local Government Act 2003").</summary>
public static partial class LegalSection
{
    /// <summary>"section 151" for the stem "s151" (or "s.151"), or null when the stem is not a section written short.</summary>
    public static string? Spelled(string stem)
    {
        var m = Short().Match(stem);
        return m.Success ? $"section {m.Groups["n"].Value}" : null;
    }

    [GeneratedRegex(@"^s\.?(?<n>\d{1,3}[a-z]?)$")]
    private static partial Regex Short();
}
