using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>
/// Reads the meeting minuted from a minutes header: "Minutes of the meeting held in the Committee Room,
/// Loxley House on 13 November 2024 from 9.31 am to 12.03 pm", "Minutes of the Scrutiny Committee held on …", or
/// "Meeting: ... Date: Monday 05 February 2024 (commencing at 10:30am)"; the end time from "The meeting closed at
/// 1:18pm" where the header gives none.
/// </summary>
internal static partial class MinutesHeaderReader
{
    /// <summary>"Tuesday, 4th February, 2025 / MEETING OF THE … COMMITTEE / Held in the Lavery Room / on Tuesday, 4th
    /// February, 2025 at 5.15 p.m." (Belfast's): the date under the committee's name, then again with its time in the
    /// sentence that says where; the time is the one just after the date's second writing.</summary>
    private static TimeOnly? TimeAfterRepeatedDate(string tail, DateOnly date)
    {
        var again = UkDateParser.FindAll(tail.Length > RepeatedDateWithin ? tail[..RepeatedDateWithin] : tail).FirstOrDefault(d => d.Date == date);
        if (again is null)
        {
            return null;
        }

        var after = tail[(again.Index + again.Length)..];
        return UkTimeParser.FindFirst(after.Length > TimeAfterDateChars ? after[..TimeAfterDateChars] : after);
    }

    private const int RepeatedDateWithin = 300;
    private const int TimeAfterDateChars = 20;

    public static MeetingHeader? Read(IReadOnlyList<SourceLine> lines, int headerEnd)
    {
        var limit = Math.Min(lines.Count, Math.Max(headerEnd, 1));
        var (council, committee, bodyIndex) = HeaderFields.Body(lines, Math.Min(limit, 12));
        var headerLines = lines.Take(Math.Min(limit, 14)).Select(l => l.Plain).ToList();
        var header = string.Join(' ', headerLines);
        if (DecidedAt(lines) is { } decided)
        {
            return new MeetingHeader(council, committee, decided.Date, null, null, null, null, decided.Line);
        }

        var minutes = HeldOn().Match(header);
        var dateText = minutes.Success ? minutes.Groups["rest"].Value : DateLabelText(headerLines) ?? header;
        var date = UkDateParser.FindAll(dateText).FirstOrDefault();
        if (date is null)
        {
            return null;
        }

        var tail = dateText[(date.Index + date.Length)..];
        var (start, end) = UkTimeParser.FindSpan(tail.Length > 160 ? tail[..160] : tail);
        start ??= UkTimeParser.FindFirst(tail.Length > 80 ? tail[..80] : tail);
        // "13th March, 2025 / Minutes of the meeting held in the Council Chamber, The Town Hall, … at 7.30 p.m.": the
        // time ends the sentence naming the venue, however long the venue.
        start ??= VenueLine.OpensHeldIn(tail) ? UkTimeParser.FindFirst(tail.Length > 240 ? tail[..240] : tail) : null;
        // "held at 10.00 am on 5 December 2024 at Council Chamber, …": the time stands where a place would.
        var heldAt = minutes.Success ? minutes.Groups["place"].Value : string.Empty;
        var heldAtTime = heldAt.Length < 20 ? UkTimeParser.FindFirst(heldAt) : null;
        if (start is null && SpanLine(headerLines) is { } span)
        {
            // "10.30am - 1.08pm" on a line of its own over the date: when the meeting began and ended.
            (start, end) = (span.Start, end ?? span.End);
        }

        start ??= heldAtTime ?? TimeBefore(headerLines, date.Date) ?? TimeAfterRepeatedDate(tail, date.Date) ?? OpeningLine(lines);
        int? endLine = null;
        if (end is null && ClosingLine(lines) is { } closing)
        {
            (end, endLine) = (closing.Time, closing.Line);
        }

        // A label in a cell of its own ("Venue | Council Chamber, County Hall") is read from the cells, not the plain text.
        var place = minutes.Success ? (heldAtTime is null ? CleanPlace(heldAt) : null) : PlaceLabel(lines.Take(headerLines.Count).Select(l => l.Text.Trim()).ToList());
        place ??= PlaceAfterTime().Match(tail.Length > 200 ? tail[..200] : tail) is { Success: true } after ? CleanPlace(after.Groups["place"].Value) : null;
        place ??= PlaceAfterDate().Match(tail.Length > 200 ? tail[..200] : tail) is { Success: true } afterDate ? CleanPlace(afterDate.Groups["place"].Value) : null;
        place ??= PlaceCommaAfterDate().Match(tail.Length > 200 ? tail[..200] : tail) is { Success: true } commaDate && HeaderFields.LooksLikePlace(commaDate.Groups["place"].Value) ? CleanPlace(commaDate.Groups["place"].Value) : null;
        var lineIndex = Math.Max(0, headerLines.FindIndex(l => UkDateParser.FindFirst(l) == date.Date));
        place ??= VenueLine.BeforeDate(headerLines[lineIndex]) ?? VenueLine.Below(lines, lineIndex) ?? VenueLine.Above(lines, lineIndex, bodyIndex) ?? VenueLine.HeldInLine(headerLines);
        start ??= place is null ? null : VenueLine.TimeEndingLineOf(headerLines, place);
        var named = minutes.Groups["body"].Success ? minutes.Groups["body"].Value : KindOfMeeting().Replace(minutes.Groups["pre"].Value, string.Empty);
        if (minutes.Success && BodyOf(named) is { } body)
        {
            committee = body;
        }
        else if (!minutes.Success && headerLines.Select(CouncilNames.MinutesOf).FirstOrDefault(b => b is not null) is { } titledBody)
        {
            // "MINUTES OF THE CHILDREN, SCHOOLS AND FAMILIES SCRUTINY COMMITTEE" over a line with the date.
            committee = titledBody;
        }

        return new MeetingHeader(council, committee, date.Date, start, end, place, null, lineIndex) { EndLineIndex = endLine };
    }

    /// <summary>"10.00am, Tuesday 11 February 2025": a time printed before the meeting's date on its line.</summary>
    private static TimeOnly? TimeBefore(IReadOnlyList<string> headerLines, DateOnly date)
    {
        foreach (var line in headerLines)
        {
            if (UkDateParser.FindAll(line).FirstOrDefault(d => d.Date == date) is { } written && written.Index > 0)
            {
                return UkTimeParser.FindFirst(line[..written.Index]);
            }
        }

        return null;
    }

    private static (TimeOnly? Start, TimeOnly? End)? SpanLine(IReadOnlyList<string> headerLines) =>
        headerLines.FirstOrDefault(l => TimeSpanAlone().IsMatch(l)) is { } line ? UkTimeParser.FindSpan(line) : null;

    [GeneratedRegex(@"^\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)\s*(?:[-–—]|to)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeSpanAlone();

    /// <summary>"The meeting commenced at 10.00 am.", where the header gives no time.</summary>
    private static TimeOnly? OpeningLine(IReadOnlyList<SourceLine> lines) =>
        lines.Select(l => UkTimeParser.FindOpening(l.Plain)).FirstOrDefault(t => t is not null);

    /// <summary>The time and line of "The meeting closed at 1:18pm", which may run onto the next line.</summary>
    private static (TimeOnly Time, int Line)? ClosingLine(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (UkTimeParser.FindClosing(lines[i].Plain) is { } time)
            {
                return (time, i);
            }

            if (i + 1 < lines.Count && UkTimeParser.FindClosing(lines[i + 1].Plain) is null
                && UkTimeParser.FindClosing(lines[i].Plain + "\n" + lines[i + 1].Plain) is { } spanning)
            {
                return (spanning, i);
            }
        }

        return null;
    }

    /// <summary>The body a "meeting of the X held" line names, when it is a body's name rather than a place or a date.</summary>
    private static string? BodyOf(string text)
    {
        var name = TitleCase.FromShouting(text.Trim().TrimEnd(','));

        // "the Health Select Committee of HAMPSHIRE COUNTY COUNCIL": the council is not part of the committee's name.
        if (OfTheCouncil().Match(name) is { Success: true } of && CouncilNames.Read(of.Groups["council"].Value).Council is not null)
        {
            name = name[..of.Index];
        }

        if (name.Length == 0)
        {
            return null;
        }

        return name.Length is >= 3 and <= 100 && !UkDateParser.FindAll(name).Any() && char.IsUpper(name[0]) ? name : null;
    }

    private static (DateOnly Date, int Line)? DecidedAt(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count && i < 60; i++)
        {
            if (DecidingMeeting.DateOf(lines[i].Plain) is { } date)
            {
                return (date, i);
            }
        }

        return null;
    }

    private static string? DateLabelText(IReadOnlyList<string> lines) =>
        lines.Select(l => HeaderFields.Label(l, "Date")).FirstOrDefault(v => v is not null);

    private static string? PlaceLabel(IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            if (HeaderFields.IsPlaceLabel(line, out var place))
            {
                return place;
            }
        }

        return null;
    }

    private static string? CleanPlace(string place)
    {
        var text = TitleCase.FromShouting(place.Trim().TrimEnd(','));
        return text.Length is > 2 and < 200 ? text : null;
    }

    [GeneratedRegex(@"(?:\bminutes?\s+of\s+(?:the\s+|a\s+|an\s+)?(?:(?<pre>(?:[\w&'’-]+\s+){0,6}?)meeting\s+(?:of\s+(?:the\s+)?(?<body>.{2,120}?)\s+)?|(?<body>[A-Z][^.]{2,120}?)\s+)|(?:^|(?<=\s))(?-i:At|AT)\s+(?:a|an|the)\s+(?<pre>(?:[\w-]+\s+){0,2}?)meeting\s+of\s+(?:the\s+)?(?<body>.{2,160}?)\s+)held(?:\s+(?:at|in)\s+(?:the\s+)?(?<place>.{3,220}?))?(?<rest>(?:\s+|(?<=\.))on\s+.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeldOn();

    [GeneratedRegex(@"\s+of\s+(?<council>(?:the\s+)?\S.*Council)$", RegexOptions.IgnoreCase)]
    private static partial Regex OfTheCouncil();

    [GeneratedRegex(@"^[^.]*?\b(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{2}[.:]?\d{2}\s*(?:hours|hrs))\s+(?:in|at)\s+(?:the\s+)?(?<place>[A-Z][^.;:]{2,120}?)\s*(?:\.|$|\s(?=(?:Present|Members|Attendance|In\s+attendance|Councillors|Apologies|Minutes)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceAfterTime();

    /// <summary>"… held on Tuesday, 11 February 2025 in the Council Antechamber, Level 2, Town Hall Extension", "… on 5
    /// December 2024 at Council Chamber, Woodhatch Place, …": the venue straight after the date.</summary>
    [GeneratedRegex(@"^,?\s*(?:in|at)\s+(?:the\s+)?(?<place>[A-Z][^.;:]{2,120}?)\s*(?:\.|$|\s(?=(?:Present|Members|Elected|Attendance|In\s+attendance|Councillors|Apologies|These|This|Commenced|Started)\b))", RegexOptions.None)]
    private static partial Regex PlaceAfterDate();

    /// <summary>"… held on Wednesday 5th February, 2025, Rooms 18.01 - 18.03 - 18th Floor, 64 Victoria Street, London,
    /// SW1E 6QP." (Westminster): the venue after a comma, where it names a building or a postcode.</summary>
    [GeneratedRegex(@"^,\s*(?<place>[A-Z](?:[^.;:]|\.(?=\d)){2,120}?)\s*(?:\.(?!\d)|$)", RegexOptions.None)]
    private static partial Regex PlaceCommaAfterDate();

    /// <summary>Words that say what kind of meeting it was, not whose: "the Ordinary Meeting", "an Extraordinary Meeting", "a
    /// Hybrid meeting".</summary>
    [GeneratedRegex(@"^(?:(?:ordinary|extraordinary|special|annual|adjourned|reconvened|virtual|remote|hybrid|informal|additional|budget|public|in-person)\s+)*", RegexOptions.IgnoreCase)]
    private static partial Regex KindOfMeeting();
}
