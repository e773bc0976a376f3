namespace ScrutinyBot.Core.Ingestion.Readers;

/// <summary>Joins a word split by a line-end hyphen: when a line ends with a letter and "-" and the next line
/// starts with a lowercase letter, the next line's first word moves up, hyphen kept ("take-\nup" reads "take-up").
/// Word processors do not hyphenate by default, so in council papers such a hyphen is nearly always a compound's
/// (decision-making, in-house); dropping it as pdftotext does would make "decisionmaking".</summary>
internal static class LineEndHyphens
{
    public static List<string> Join(List<string?> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var line = lines[i];
            var next = lines[i + 1];
            if (line is null || next is null || line.Length < 2 || line[^1] != '-' || !char.IsLetter(line[^2]) || next.Length == 0 || !char.IsLower(next[0]))
            {
                continue;
            }

            var end = next.IndexOfAny([' ', '\t']);
            var word = end < 0 ? next : next[..end];
            lines[i] = line + word;
            lines[i + 1] = end < 0 ? null : next[(end + 1)..];
        }

        return lines.OfType<string>().ToList();
    }
}
