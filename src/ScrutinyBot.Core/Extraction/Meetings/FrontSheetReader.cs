using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>
/// Reads the meeting a front sheet summons: the body ("Nottingham City Council Children and Young People Scrutiny
/// Committee"), "Date: Wednesday, 15 January 2025", "Time: 9.30 am", "Place: ...", or unlabelled lines
/// ("Monday, 15 April 2024 at 10:30" followed by the venue).
/// </summary>
internal static partial class FrontSheetReader
{
    private const int HeaderLines = 45;

    public static MeetingHeader? Read(IReadOnlyList<SourceLine> lines)
    {
        var (council, committee, bodyIndex) = HeaderFields.Body(lines, HeaderLines);
        if (lines.Take(HeaderLines).Any(l => HeaderFields.Label(l.Text.Trim(), "To") is { } addressee && UkDateParser.FindFirst(addressee) is not null))
        {
            // "To: Cabinet, 30 January 2025" addresses a report to a meeting; it does not summon one.
            return null;
        }

        DateOnly? date = null;
        TimeOnly? start = null;
        string? place = null;
        var dateIndex = -1;
        var dateLabelled = false;
        var itemsBegun = false;
        // A venue read from the lines around the date gives way to one a summons sentence names.
        var placeBesideDate = false;
        for (var i = 0; i < lines.Count && i < HeaderLines; i++)
        {
            var text = lines[i].Plain;
            var labelled = DateLabel().Match(text) is { Success: true } label ? label.Groups["value"].Value : null;
            itemsBegun |= FirstAgendaItem().IsMatch(text);
            // A field labelled as the meeting's date is read over a date line above it (a bilingual letterhead's
            // "Dyddiad / Date: 4th February, 2025" over "Date and time of meeting: Tuesday, 11th February, 2025"),
            // but not one signed under the items: that is the day the agenda went out.
            var replacing = date is not null && !dateLabelled && labelled is not null && !itemsBegun;
            if ((date is null || replacing) && (labelled is not null || (i > bodyIndex && IsDateLine(text))))
            {
                var found = UkDateParser.FindFirst(labelled ?? text);
                if (found is not null)
                {
                    date = found;
                    dateIndex = i;
                    dateLabelled = labelled is not null;
                    var timeHere = UkTimeParser.FindFirst(text) ?? TimeBelow(lines, i);
                    start = replacing ? timeHere ?? start : start ?? timeHere;
                    placeBesideDate = place is null;
                    place ??= VenueLine.Below(lines, i) ?? VenueLine.Above(lines, i, bodyIndex);
                }
            }

            // A label may stand in a cell of its own ("Time | 9.30 am"), which the plain text runs into its value.
            var cells = lines[i].Text.Trim();
            var time = HeaderFields.Label(cells, "Time") ?? HeaderFields.Label(cells, "Meeting time");
            if (time is not null)
            {
                start = UkTimeParser.FindFirst(time) ?? start;
            }

            if (HeaderFields.IsPlaceLabel(cells, out var labelledPlace))
            {
                place = WrappedOn(labelledPlace, lines, i);
                placeBesideDate = false;
            }
            else if (place is null && LoneLabel().IsMatch(cells) && NextLine.NonBlank(lines, i, 2) is { } below && HeaderFields.LooksLikePlace(lines[below].Plain))
            {
                // "Place" on a line of its own over "Diamond Rooms 1 and 2 - Council House" (Coventry's front sheet).
                place = lines[below].Plain;
                placeBesideDate = false;
            }
        }

        if (!dateLabelled && FieldColumns.Find(lines, HeaderLines) is { When: { } when } grid && UkDateParser.FindFirst(when) is { } gridDate)
        {
            // "Date & time | Place | Contact" over the values in their columns: labelled, so over any date line found.
            (date, dateIndex, dateLabelled) = (gridDate, grid.LineIndex, true);
            start = UkTimeParser.FindFirst(when) ?? start;
            place = grid.Place ?? place;
        }

        var header = string.Join(' ', lines.Take(HeaderLines).Select(l => l.Plain));
        if (SummonsSentence().Match(header) is { Success: true } held)
        {
            committee = TitleCase.FromShouting(held.Groups["body"].Value.Trim());
            place ??= held.Groups["place"].Success ? held.Groups["place"].Value.Trim().TrimEnd(',') : null;
        }

        if ((place is null || placeBesideDate) && PlaceAfterSummonsDate().Match(header) is { Success: true } heldOn)
        {
            // "… to be held at 10.00 am on Monday, 17 March 2025 in Committee Room 1, County Hall, Matlock, DE4 3AG, the agenda …",
            // whose date line is followed by the rest of the sentence, not a venue.
            place = heldOn.Groups["place"].Value.Trim().TrimEnd(',');
        }

        if (place is null && HeldInPlace().Match(header) is { Success: true } heldIn)
        {
            // "… are summoned to a meeting, which will be held in Committee Room 4, Town Hall, Upper Street on, 27 January".
            place = heldIn.Groups["place"].Value.Trim().TrimEnd(',');
        }

        committee ??= lines.Take(HeaderLines).Select(l => CouncilNames.AgendaFor(l.Plain)).FirstOrDefault(b => b is not null);

        // A date line above the summons is the letter's own date ("THURSDAY, 12 DECEMBER 2024" over "I HEREBY SUMMON YOU
        // … ON THURSDAY, 19TH DECEMBER, 2024"); a "Date:" field is the meeting's, unless it stands above a summons naming a
        // later day (a letterhead's "Date: 19 November 2025" over "You are requested to join … on THURSDAY, 27 NOVEMBER").
        // The first date of a header that no summons words anchor does not outweigh a "Date:" field below it.
        if (SummonsDate(lines) is { } summons && (date is null || (dateIndex > summons.LineIndex && (summons.Anchored || !dateLabelled))
            || (summons.Anchored && (!dateLabelled || (dateIndex < summons.LineIndex && summons.Date > date)))))
        {
            (date, dateIndex) = (summons.Date, summons.LineIndex);
            start = summons.Start ?? start;
        }

        if (date is null || (committee is null && council is null))
        {
            return null;
        }

        var chair = MembershipChair.Find(lines);
        // "… on Wednesday 22 January 2025 / in the Council Chamber, Town Hall": the venue without the words leading to it.
        place = place is null ? null : LeadingPreposition().Replace(place, string.Empty);
        return new MeetingHeader(council, committee, date, start, ScheduledEnd(lines), place, chair?.Name, dateIndex) { ChairLineIndex = chair?.LineIndex };
    }

    /// <summary>
    /// The date in the summons block, read across line breaks ("Meeting on / Thursday, 13th / February, 2025 / at 9.30 am"):
    /// the first date before the first agenda item, so the date the agenda was sent out, printed below the items, never wins.
    /// </summary>
    private static (DateOnly Date, TimeOnly? Start, int LineIndex, bool Anchored)? SummonsDate(IReadOnlyList<SourceLine> lines)
    {
        var joined = new System.Text.StringBuilder();
        var starts = new List<(int Offset, int Line)>();
        for (var i = 0; i < lines.Count && i < HeaderLines; i++)
        {
            var text = lines[i].Plain;
            if (FirstAgendaItem().IsMatch(text))
            {
                break;
            }

            starts.Add((joined.Length, i));
            joined.Append(text).Append(' ');
        }

        var header = joined.ToString();
        var dates = UkDateParser.FindAll(header);
        var summons = SummonsAnchor().Matches(header)
            .Select(a => (Anchor: a, Date: dates.FirstOrDefault(d => d.Index > a.Index && d.Index - a.Index < 300)))
            .Where(x => x.Date is not null)
            .OrderBy(x => x.Date!.Index - x.Anchor.Index)
            .FirstOrDefault();
        if (summons is ({ } anchor, { } summoned))
        {
            // The anchor nearest its date: "SUMMONS TO ATTEND THE MONTHLY MEETING …" heads the letter, over its own
            // date; "The above-named Committee will meet … on Tuesday, 13th January, 2026" says when.
            // "You are requested to attend the meeting … to be held … on Wednesday 12 March 2025 at 7:00pm", under the
            // letter's own date; "… WILL BE HELD IN THE CHAMBER … AT 10.00 AM ON THURSDAY, 19TH DECEMBER, 2024".
            var after = header[anchor.Index..Math.Min(header.Length, summoned.Index + summoned.Length + 30)];
            return (summoned.Date, UkTimeParser.FindFirst(after), starts.LastOrDefault(s => s.Offset <= summoned.Index).Line, true);
        }

        // No anchor: the first date, unless its line says the papers were published then.
        int LineOf(int offset) => starts.LastOrDefault(s => s.Offset <= offset).Line;
        var date = dates.FirstOrDefault(d => !SentOutOn().IsMatch(lines[LineOf(d.Index)].Plain));
        if (date is null)
        {
            return null;
        }

        var tail = header[(date.Index + date.Length)..];
        var line = LineOf(date.Index);
        return (date.Date, UkTimeParser.FindFirst(tail.Length > 30 ? tail[..30] : tail), line, false);
    }

    /// <summary>"The meeting is scheduled to end by 4.30 pm": the summons' planned finish, read across line breaks.</summary>
    private static TimeOnly? ScheduledEnd(IReadOnlyList<SourceLine> lines)
    {
        var header = string.Join(' ', lines.Take(HeaderLines).Select(l => l.Plain));
        var m = EndPlanned().Match(header);
        return m.Success ? UkTimeParser.FindFirst(m.Groups["time"].Value) : null;
    }

    /// <summary>"Venue: Council Chamber, Civic Offices," over "Holton Road, Barry": a venue whose line ends on a comma
    /// goes on to the next line, unless that line is another field.</summary>
    private static string WrappedOn(string place, IReadOnlyList<SourceLine> lines, int i)
    {
        while (place.EndsWith(',') && i + 1 < lines.Count && lines[i + 1].Plain is { Length: > 0 } next && !HeaderFields.IsLabelled(next))
        {
            place = $"{place} {next}";
            i++;
        }

        return place.TrimEnd(',');
    }

    /// <summary>"Tuesday 25 March 2025" over "7.00 pm": the time on its own line under the date.</summary>
    private static TimeOnly? TimeBelow(IReadOnlyList<SourceLine> lines, int i) =>
        NextLine.NonBlank(lines, i, 2) is { } k && VenueLine.IsTimeOnly(lines[k].Plain.Trim()) ? UkTimeParser.FindFirst(lines[k].Plain) : null;

    /// <summary>"Venue", "Place:", and a Welsh council's "Location / Lleoliad": a label alone over its value.</summary>
    [GeneratedRegex(@"^(?:Meeting\s+)?(?:Place|Venue|Location)(?:\s*/\s*\p{L}+(?:\s+\p{L}+)?)?\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex LoneLabel();

    /// <summary>"Date: …", "Meeting Date: …", "Date of meeting: …", "Date and time of meeting: …", "Date & Time: …".</summary>
    [GeneratedRegex(@"^(?:Meeting\s+)?Date(?:\s*(?:and|&)\s*time)?(?:\s+of\s+(?:the\s+)?meeting)?\s*:\s*(?<value>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    /// <summary>A short line with a date, not a sentence's end ("… held on 25 November 2024."); "… at 6.30 p.m." is a
    /// time's full stop.</summary>
    private static bool IsDateLine(string text) =>
        text.Length < 80 && UkDateParser.FindFirst(text) is not null && (!text.EndsWith('.') || text.EndsWith(".m.", StringComparison.OrdinalIgnoreCase));

    /// <summary>The day the papers went out, not the meeting's: "Published 5 March 2025", "Date of issue: …".</summary>
    [GeneratedRegex(@"^\W*(?:published|issued|despatched|dispatched|circulated|date\s+of\s+(?:publication|issue|despatch|dispatch))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SentOutOn();

    [GeneratedRegex(@"^(?:Item\s+)?1\.?\s+(?:Apologies|Introduction|Welcome|Election|Declarations|Minutes|Substitut|Membership|Chair)", RegexOptions.IgnoreCase)]
    private static partial Regex FirstAgendaItem();

    [GeneratedRegex(@"\b(?:scheduled|expected|due|anticipated|planned|estimated)\s+to\s+(?:end|finish|close|conclude)\s+(?:by|at|no later than)?\s*(?<time>\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))", RegexOptions.IgnoreCase)]
    private static partial Regex EndPlanned();

    /// <summary>"A meeting of the County Council will be held in the Council Chamber, County Hall, Maidstone on
    /// Thursday…", "…summoned to attend a meeting of the Cabinet to be held at the Civic Centre on…", "A meeting of
    /// the Education, Children and Families Committee will be held…" (a committee's name may hold commas).</summary>
    [GeneratedRegex(@"\b(?i:meeting\s+of\s+(?:the\s+)?)(?<body>[A-Z][\w&'’, -]{2,80}?),?\s+(?i:(?:which\s+|that\s+)?" + WillBeHeld + @")(?:\s+(?:(?i:in|at)\s+(?:(?i:the)\s+)?(?<place>[A-Z][^.;]{2,200}?)\s+)?(?i:on)\s+\w|\b)")]
    private static partial Regex SummonsSentence();

    /// <summary>How a summons says the meeting will be held, and asks members to come: shared by the summons readers.</summary>
    private const string WillBeHeld = @"(?:will\s+be|to\s+be|is\s+to\s+be)\s+held";

    private const string AskedToAttend = @"requested\s+to\s+(?:attend|join|meet)";

    [GeneratedRegex(@"^(?:in|at)\s+(?:the\s+)?(?=[A-Z0-9])")]
    private static partial Regex LeadingPreposition();

    /// <summary>Where a summons says when the meeting will be: the date after it is the meeting's, not the letter's.</summary>
    [GeneratedRegex(@"\b" + WillBeHeld + @"\b|\bsummon(?:ed|s)?\s+(?:you\s+)?to\b|\b" + AskedToAttend + @"\b|\b(?:will|shall)\s+(?:meet|take\s+place)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SummonsAnchor();

    /// <summary>The venue of a summons, whatever names the meeting: "will be held in the Committee Room, Town Hall on
    /// Tuesday …", "The above-named Committee will meet in the Lavery Room … on Tuesday", "summoned to attend a meeting
    /// of … COMMITTEE in the Council Chamber, County Hall … on Tuesday", "requested to join … in the Council Chamber …,
    /// on THURSDAY", "AGENDA for a meeting of the … COMMITTEE in the COUNCIL CHAMBER, … on TUESDAY", "will meet in the
    /// Council Chamber - Town Hall, Huddersfield at 10.00 am on Thursday".</summary>
    [GeneratedRegex(@"\b(?i:(?:" + WillBeHeld + @"|will\s+meet|summoned\s+to\s+attend\s+a\s+meeting\s+of\b[^.]{0,160}?|agenda\s+for\s+(?:a|the)\s+meeting\s+of\b[^.]{0,160}?|" + AskedToAttend + @"\b[^.]{0,160}?)\s+(?:in|at)\s+(?:the\s+)?)(?<place>[A-Z][^;.]{2,150}?)(?:\s+(?i:at)\s+\d{1,2}(?:[.:]\d{2})?\s*(?i:am|pm|a\.m\.|p\.m\.))?,?\s+(?i:on),?\s+(?:(?i:[a-z]+day)\b|\d)")]
    private static partial Regex HeldInPlace();

    /// <summary>The venue after the date of a summons: "to be held at 10.00 am on Monday, 17 March 2025 in Committee Room
    /// 1, County Hall, Matlock, DE4 3AG, the agenda for which …". A venue's parts are capitalised, so a comma before a
    /// lower-case word ends it.</summary>
    [GeneratedRegex(@"\b(?i:" + WillBeHeld + @")\b(?:[^.]|\.\d){0,60}?\b(?i:on)\s+(?:[A-Za-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4},?\s+(?i:in|at)\s+(?:(?i:the)\s+)?(?<place>[A-Z][^;.]{2,150}?)(?=,\s+[a-z]|\.|;|\s{2}|$)")]
    private static partial Regex PlaceAfterSummonsDate();
}
