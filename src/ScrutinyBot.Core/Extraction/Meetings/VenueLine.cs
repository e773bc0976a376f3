using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>The venue printed on its own line under a meeting's date (and its times), or just above it, as front
/// sheets and printed minutes set it out; in a sentence under the date ("Minutes of the meeting held in …"); or at the
/// head of the date's own line (Scottish minutes).</summary>
internal static partial class VenueLine
{
    /// <summary>The venue under the date line. Front sheets often print the clerk's contact details beside it
    /// ("Council Chamber, Sessions House,  Telephone: 03000 …"), and a venue that ends in a comma goes on to the
    /// next line ("County Hall, Maidstone").</summary>
    public static string? Below(IReadOnlyList<SourceLine> lines, int i)
    {
        var last = i + 3;
        for (var k = i + 1; k < lines.Count && k <= last; k++)
        {
            var text = VenueCell(lines[k].Text);
            if (text.Length == 0)
            {
                continue;
            }

            if (text.StartsWith('('))
            {
                // "(or on the rising of Full Council, / whichever is the later)": a note on the time, then the venue.
                while (!lines[k].Text.Contains(')', StringComparison.Ordinal) && k + 1 < lines.Count && k < last + 2)
                {
                    k++;
                }

                last = Math.Min(k + 3, i + 6);
                continue;
            }

            if (CouncilNames.IsBodyName(text.TrimEnd('.')))
            {
                // "Glasgow, 26th February 2025." over "Operational Delivery Scrutiny Committee." over the venue.
                last = Math.Min(k + 3, i + 6);
                continue;
            }

            text = TimeEnding().Replace(text, string.Empty);
            if (IsTimeOnly(text))
            {
                // "6.00  - 8.20 pm" between the date and the venue.
                last = Math.Min(k + 3, i + 6);
                continue;
            }

            if (HeldIn().IsMatch(text))
            {
                return HeldInSentence(lines, k, text);
            }

            if (HeaderFields.Label(text, "Time") is not null || !HeaderFields.LooksLikePlace(text) || text.Contains(':'))
            {
                return null;
            }

            while (text.EndsWith(',') && k + 1 < lines.Count && VenueCell(lines[k + 1].Text) is { Length: > 0 } more && !more.Contains(':') && text.Length + more.Length < 150)
            {
                text = $"{text} {more}";
                k++;
            }

            return text.TrimEnd(',');
        }

        return null;
    }

    /// <summary>The time a venue's line ends with: "Committee Room 2, City Chambers, Glasgow G2 1DU (hybrid), 14:00.".</summary>
    public static TimeOnly? TimeEndingLineOf(IReadOnlyList<string> lines, string place) =>
        lines.FirstOrDefault(l => l.Contains(place, StringComparison.Ordinal)) is { } line && TimeEnding().Match(line) is { Success: true } m
            ? UkTimeParser.FindFirst(m.Value)
            : null;

    [GeneratedRegex(@",\s*(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.|hours|hrs))?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeEnding();

    /// <summary>"WOODHILL HOUSE, ABERDEEN, 28 NOVEMBER 2024" under the committee's name (Scottish minutes): the venue
    /// heads the date's line.</summary>
    public static string? BeforeDate(string line)
    {
        var date = UkDateParser.FindAll(line).FirstOrDefault();
        var before = date is null ? string.Empty : line[..date.Index].Trim().TrimEnd(',', '-', '–').Trim();
        return before.Length >= 5 && before.Contains(',') && HeaderFields.LooksLikePlace(before) && !CouncilNames.IsBodyName(before) && !before.Contains(':')
            ? TitleCase.FromShouting(before)
            : null;
    }

    /// <summary>"Minutes of the meeting held in the Council Chamber, The Town / Hall, Wandsworth High Street, London SW18
    /// 2PU at 7.30 p.m.": the venue a sentence under the date names, read across its lines up to its time.</summary>
    private static string? HeldInSentence(IReadOnlyList<SourceLine> lines, int k, string text)
    {
        for (var more = 0; more < 3 && !text.EndsWith('.') && k + 1 < lines.Count && VenueCell(lines[k + 1].Text) is { Length: > 0 } next; more++, k++)
        {
            text = $"{text} {next}";
        }

        var venue = AtTime().Replace(HeldIn().Replace(text, string.Empty), string.Empty).Trim().TrimEnd('.', ',').Trim();
        return HeaderFields.LooksLikePlace(venue) ? venue : null;
    }

    /// <summary>"Held in the Lavery Room - City Hall and remotely via Microsoft Teams" on a line of its own in a minutes
    /// header (Belfast's), the date and time on the next: the venue, up to any " on" the date follows.</summary>
    public static string? HeldInLine(IReadOnlyList<string> headerLines)
    {
        foreach (var line in headerLines)
        {
            if (HeldInAlone().Match(line) is { Success: true } m)
            {
                var venue = m.Groups["venue"].Value.Trim().TrimEnd('.', ',').Trim();
                return HeaderFields.LooksLikePlace(venue) ? venue : null;
            }
        }

        return null;
    }

    [GeneratedRegex(@"^Held\s+(?:in|at)\s+(?:the\s+)?(?<venue>.+?)(?:\s+on\s+(?:\w+day,?\s+)?\d.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HeldInAlone();

    /// <summary>True when the text opens "Minutes of the meeting held in …", "Meeting held in …" or "Minute of Meeting of
    /// the … COMMITTEE held in …": a sentence naming the venue and the time.</summary>
    public static bool OpensHeldIn(string text) => HeldIn().IsMatch(text.TrimStart());

    [GeneratedRegex(@"^(?:\.\s*)?(?:(?:the\s+)?minutes?\s+of\s+(?:the\s+)?)?meeting\s+(?:of\s+(?:the\s+)?[^.]{2,120}?\s+)?held\s+(?:in|at)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex HeldIn();

    [GeneratedRegex(@"\s+(?:at|from|commencing\s+at)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AtTime();

    /// <summary>"Committee Room 4 - County Hall, Cardiff, CF10 4UW" over "Tuesday, 18 March 2025 at 4.30 pm": a venue on
    /// its own line just above the date, below the body's name (or the minutes' title).</summary>
    public static string? Above(IReadOnlyList<SourceLine> lines, int i, int bodyIndex)
    {
        for (var k = i - 1; k > bodyIndex && k >= i - 3; k--)
        {
            var text = lines[k].Plain.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var venue = Note().Replace(text, string.Empty).Trim();
            return !venue.Contains(':') && !venue.Contains('\t') && HeaderFields.LooksLikePlace(venue) && !RunningText().IsMatch(venue) && CouncilNames.MinutesOf(venue) is null ? venue : null;
        }

        return null;
    }

    /// <summary>Three words in lower case: a sentence ("A meeting … will be held in the Council Chamber, County Hall,"),
    /// not a venue, whose words are capitalised.</summary>
    [GeneratedRegex(@"(?:\b[a-z]+\b.*){3}")]
    private static partial Regex RunningText();

    /// <summary>"(Multi-Location Meeting)" after a venue: how to attend, not where.</summary>
    [GeneratedRegex(@"\s*\([^)]*\)\s*$")]
    private static partial Regex Note();

    /// <summary>A header line's first column, without the contact details printed beside it.</summary>
    private static string VenueCell(string line)
    {
        var cell = line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
        var contact = ContactLabel().Match(cell);
        return (contact.Success ? cell[..contact.Index] : cell).Trim();
    }

    internal static bool IsTimeOnly(string text) => text.Length < 40 && TimeOnlyLine().IsMatch(text);

    [GeneratedRegex(@"\s*\b(?:Ask for|Telephone|Tel|Email|E-mail|Contact|Enquiries(?: to)?|Direct line|Democratic Services)\s*:.*$", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLabel();

    /// <summary>A line of times alone: "6.00  - 8.20 pm", "10.00 am".</summary>
    [GeneratedRegex(@"^(?=.*\d)[\d.:\s\-–—apm]+$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeOnlyLine();
}
