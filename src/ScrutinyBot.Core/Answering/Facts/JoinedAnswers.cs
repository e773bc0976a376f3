using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Two fact answers to one question given one after the other ("where and what time is Cabinet, and what's it
/// meeting about?": the meeting, then its agenda), the second's citations numbered on from the first's.</summary>
public static partial class JoinedAnswers
{
    public static Answer Join(Answer first, Answer second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var offset = first.Citations.Count == 0 ? 0 : first.Citations.Max(c => c.Number);
        var text = CitationMark().Replace(second.Text, m => $"[{int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + offset}]");
        return first with
        {
            Text = $"{first.Text}\n{text}",
            Citations = [.. first.Citations, .. second.Citations.Select(c => c with { Number = c.Number + offset })],
        };
    }

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex CitationMark();
}
