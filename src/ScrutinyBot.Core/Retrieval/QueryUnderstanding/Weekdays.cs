namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Days of the week as people write them in a date ("Thursday 13 March", "Thurs 13th"): part of the date,
/// never what a question is about. A short form counts only before a day number, since "sat", "wed" and "sun" are
/// also words.</summary>
public static class Weekdays
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    private static readonly HashSet<string> ShortForms = new(StringComparer.Ordinal)
    {
        "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
    };

    /// <summary>True when a word is a day of the week or its short form ("Tues", "Thurs"), not "Monica" or "Sunil".</summary>
    public static bool IsName(string word) => Names.Contains(word.ToLowerInvariant()) || ShortForms.Contains(word.ToLowerInvariant());

    /// <param name="tokens">The question's lower-case tokens in order.</param>
    public static IEnumerable<string> In(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Names.Contains(tokens[i]) || (ShortForms.Contains(tokens[i]) && i + 1 < tokens.Count && char.IsDigit(tokens[i + 1][0])))
            {
                yield return tokens[i];
            }
        }
    }
}
