using System.Globalization;
using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>How facts are written in answers: "Wednesday 15 January 2025", "9.30 am" (times as UK council papers
/// write them).</summary>
public static partial class FactText
{
    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string ShortDate(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Time(TimeOnly time) => Time(time, null);

    /// <param name="writtenIn">The paper's text the time was read from: a paper that writes "10:30am" gets "10:30 am"
    /// back, so the answer reads as its source does.</param>
    public static string Time(TimeOnly time, string? writtenIn) =>
        time.ToString(writtenIn is not null && ColonTime().IsMatch(writtenIn) ? "h:mm" : "h.mm", CultureInfo.InvariantCulture) + (time.Hour < 12 ? " am" : " pm");

    [GeneratedRegex(@"\b\d{1,2}:[0-5]\d\s*(am|pm|a\.m\.|p\.m\.)?", RegexOptions.IgnoreCase)]
    private static partial Regex ColonTime();

    /// <summary>The text cut at a word to at most <paramref name="max"/> characters, with an ellipsis when cut.</summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var space = text.LastIndexOf(' ', max - 1);
        return text[..(space > max / 2 ? space : max - 1)].TrimEnd() + "…";
    }

    public static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
