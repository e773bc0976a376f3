using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Words officers write short where the papers often write them out: a statute's section ("the s151
/// officer", "s106 money": "Section 151 Officer"), a quarter of the year ("Q3": "Quarter 3") and the clipped words of
/// office chat ("wks", "mtg", "govt", "cttee") and of councils ("the LA": the local authority), and a council's
/// initials ("NCC", "KCC": City or County Council).</summary>
public static partial class ShortForms
{
    /// <summary>Abbreviations common in British office writing, with the word they stand for. Source: general usage
    /// (dictionary abbreviations), not any one question.</summary>
    private static readonly Dictionary<string, string> Clipped = new (string Short, string Word)[]
    {
        ("wk", "week"), ("wks", "weeks"), ("mth", "month"), ("mths", "months"), ("yr", "year"), ("yrs", "years"),
        ("mtg", "meeting"), ("mtgs", "meetings"), ("cttee", "committee"), ("cttees", "committees"), ("govt", "government"),
        ("dept", "department"), ("depts", "departments"), ("mgmt", "management"), ("approx", "approximately"),
        ("avg", "average"), ("amt", "amount"), ("qtr", "quarter"), ("reqd", "required"), ("recd", "received"),
        ("cllr", "councillor"), ("cllrs", "councillors"), ("exec", "executive"), ("execs", "executives"), ("info", "information"),
        ("la", "local authority"), ("las", "local authorities"),
        // The parties as council chat names them.
        ("lib", "liberal"), ("libs", "liberals"), ("dem", "democrat"), ("dems", "democrats"), ("tory", "conservative"), ("tories", "conservatives"),
    }.DistinctBy(c => TextTerms.Stem(c.Short)).ToDictionary(c => TextTerms.Stem(c.Short), c => c.Word, StringComparer.Ordinal);

    /// <summary>The words written out ("section 151", "quarter 3", "weeks") for a stem written short ("s151", "s.151",
    /// "q3", "wks"), or null when the stem is not one.</summary>
    public static string? Spelled(string stem)
    {
        var section = Section().Match(stem);
        if (section.Success)
        {
            return $"section {section.Groups["n"].Value}";
        }

        var quarter = Quarter().Match(stem);
        if (quarter.Success)
        {
            return $"quarter {quarter.Groups["n"].Value}";
        }

        return IsCouncilInitials(stem) ? "council" : Clipped.GetValueOrDefault(stem);
    }

    /// <summary>True when the stem, or the word it is short for ("cttee": "committee"), starts with one of the
    /// prefixes: a word list read the same whether the question writes a word out or short.</summary>
    public static bool StartsWithAny(string stem, IEnumerable<string> prefixes)
    {
        ArgumentNullException.ThrowIfNull(prefixes);
        var written = Spelled(stem) is { } spelled ? TextTerms.Stem(spelled) : null;
        return prefixes.Any(p => stem.StartsWith(p, StringComparison.Ordinal) || (written?.StartsWith(p, StringComparison.Ordinal) ?? false));
    }

    /// <summary>"ncc", "kcc": a City or County Council by its initials. Officers call their council so; it names the
    /// author of every paper, so it weighs like "council" whether or not the papers write it.</summary>
    public static bool IsCouncilInitials(string stem) => CouncilInitials().IsMatch(stem);

    /// <summary>"24/25" as "2024/25": a financial year written short, the second year the one after the first.</summary>
    public static string WithFinancialYearsWrittenOut(string question) =>
        FinancialYear().Replace(question, m =>
            int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture) == (int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture) + 1) % 100
                ? $"20{m.Groups["a"].Value}/{m.Groups["b"].Value}"
                : m.Value);

    [GeneratedRegex(@"^s\.?(?<n>\d{1,3}[a-z]?)$")]
    private static partial Regex Section();

    [GeneratedRegex(@"^[a-z]{1,2}cc$")]
    private static partial Regex CouncilInitials();

    [GeneratedRegex(@"^q(?<n>[1-4])$")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"(?<![\d/£$.])(?<a>\d{2})[/-](?<b>\d{2})(?![\d/%])")]
    private static partial Regex FinancialYear();
}
