namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Small numbers written as words or as digits: "the two inspectors" is "2 inspectors", "3 options" is
/// "three options". Papers and people choose either way. "One" is left out: it is mostly not a count ("quick one",
/// "the one on housing").</summary>
public static class NumberWords
{
    private static readonly string[] Words =
    [
        "", "", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    private static readonly Dictionary<string, string> Other = Build();

    /// <summary>The same number written the other way ("two": "2", "2": "two"), as a stem; null when the stem is not a
    /// number from two to twenty.</summary>
    public static string? OtherWay(string stem)
    {
        ArgumentNullException.ThrowIfNull(stem);
        return Other.GetValueOrDefault(stem);
    }

    private static Dictionary<string, string> Build()
    {
        var other = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var n = 2; n < Words.Length; n++)
        {
            var word = TextTerms.Stem(Words[n]);
            var digits = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            other[word] = digits;
            other[digits] = word;
        }

        return other;
    }
}
