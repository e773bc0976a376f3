using System.Text.RegularExpressions;
using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction.Resolutions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Splitting;

/// <summary>Decides whether a line opens a new part of a pack, and which.</summary>
internal sealed partial class PartBoundaryDetector
{
    public PartStart? Detect(IReadOnlyList<SourceLine> lines, int i, int floor)
    {
        var text = lines[i].Plain;
        if (text.Length == 0 || text.Length > 220 || lines[i].ListBullet || PagesOfItem().IsMatch(text))
        {
            // A bulleted line is a list's item ("Documents: • Minutes of the meeting held on 11 September 2025"), and a
            // line that gives an item's pages ("8. Work Programme 2024/25 (Pages 39 - 42)") is the agenda's list of
            // them: neither is a part's heading.
            return null;
        }

        if (DecidingMeeting.IsLine(text))
        {
            // The decision record around this line ("Decision: …" often comes first) all belongs to that meeting.
            return new PartStart(Math.Max(0, floor + 1), PartKind.Minutes, Shorten(text));
        }

        if ((MinutesHeading().IsMatch(text) && !IsWrappedSentence(text) && !GoesOnFromTheLineAbove(lines, i)) || (MeetingLabel().IsMatch(text) && FollowedByMinutesHeader(lines, i)) || (CouncilNames.MinutesOf(text) is not null && FollowedByDateAndAttendance(lines, i)))
        {
            return new PartStart(LookBack(lines, i, floor, t => IsNameLine(t) || IsDateLine(t) || IsVenueLine(t) || MeetingHeldLine().IsMatch(t) || TimeLine().IsMatch(t), most: 4), PartKind.Minutes, Shorten(text));
        }

        if (PresentLabel().IsMatch(text) && MinutesHeaderAbove(lines, i, floor) is { } header)
        {
            return new PartStart(header, PartKind.Minutes, Shorten(lines[header].Plain));
        }

        if (IsHeading(lines[i], text) && !ItemNumbered().IsMatch(text) && TrackerHeading().IsMatch(text) && !MinutedBelow(lines, i))
        {
            // "28.  RECOMMENDATION TRACKER (Agenda Item 9)" is a minute's item, as a numbered programme heading is.
            return new PartStart(i, PartKind.Tracker, Shorten(text));
        }

        if (TrackerTableHeader(lines[i]) || Trackers.ColumnTrackerReader.Header(lines[i]) is not null || (TrackerRowLabel().IsMatch(text) && !WorkProgramme.WorkProgrammeExtractor.IsTableHeader(lines[i].Text) && Within(lines, i, 15, l => TrackerDateLabel().IsMatch(l.Plain))))
        {
            return new PartStart(i, PartKind.Tracker, "Recommendation tracker");
        }

        if (lines[i].Text.Contains('\t') && WorkProgramme.WorkProgrammeExtractor.IsTableHeader(lines[i].Text) && Trackers.ColumnTrackerReader.Header(lines[i]) is null)
        {
            // "Item | Purpose | Executive Member | Lead Officer": a programme's table after a report's numbered heading.
            return new PartStart(i, PartKind.WorkProgramme, "Work programme");
        }

        if (IsHeading(lines[i], text) && !ItemNumbered().IsMatch(text) && WorkProgrammeWords().IsMatch(text) && !text.StartsWith("To ", StringComparison.OrdinalIgnoreCase) && !MinutedBelow(lines, i) && !WrapsANumberedLine(lines, i))
        {
            return new PartStart(i, PartKind.WorkProgramme, Shorten(TitleCase.FromShouting(text)));
        }

        if (IsHeading(lines[i], text) && AppendixHeading().IsMatch(text))
        {
            return new PartStart(i, PartKind.Appendix, Shorten(text));
        }

        return DetectReport(lines, i, floor, text);
    }

    /// <summary>"minute of that meeting refers)." is the end of a sentence wrapped onto a line, not a heading (a logo's
    /// lower-case "minutes" is one).</summary>
    private static bool IsWrappedSentence(string text) => char.IsLower(text[0]) && ".,;)".Contains(text[^1], StringComparison.Ordinal);

    /// <summary>"Minute of the meeting." under "… will be recorded in the" (Moray's notes): the line above stops on a
    /// small word, so this line ends its sentence.</summary>
    private static bool GoesOnFromTheLineAbove(IReadOnlyList<SourceLine> lines, int i) => i > 0 && DanglingEnd().IsMatch(lines[i - 1].Plain);

    private static PartStart? DetectReport(IReadOnlyList<SourceLine> lines, int i, int floor, string text)
    {
        var cover = ReportTitleCell().Match(text);
        if (cover.Success)
        {
            var start = i > floor && MeetingTitleCell().IsMatch(lines[i - 1].Plain) ? i - 1 : i;
            return Classify(start, cover.Groups["title"].Value);
        }

        if (MeetingTitleCell().IsMatch(text) && Within(lines, i, 3, l => ReportTitleCell().IsMatch(l.Plain)))
        {
            return null;
        }

        // "Item 6." alone over a report's cover ("REPORT TO: …", "SUBJECT: …") heads the report, which names itself
        // below the stamp: what stands above ends the paper before. Over anything else, the heading under it decides.
        if (BareItemStamp().IsMatch(text))
        {
            return CoverBelow(lines, i) is { } subject ? Classify(i, subject) : null;
        }

        if ((ReportOf().IsMatch(text) && !PagesAtEnd().IsMatch(text)) || (NamesAgendaItem(text) && text.Length < 200))
        {
            var start = LookBack(lines, i, floor, IsTitleLine);
            if (start == i && floor >= 0 && Enumerable.Range(floor, i - floor).Count(k => !lines[k].IsBlank) <= 2)
            {
                return null;
            }

            var above = Math.Max(Math.Max(floor + 1, 0), start - 3);
            if (Enumerable.Range(above, i - above).Any(k => PagesOfItem().IsMatch(lines[k].Plain) || PagesAtEnd().IsMatch(lines[k].Plain)))
            {
                // "8. Work Programme 2024/25 (Pages 39 - 42) / Report of the Head of Democratic Services.", or the pages
                // at the title's end ("8. Scrutiny Recommendations Tracker   35 - 38", Moray): the agenda's list says
                // whose report an item is; the report itself comes later.
                return null;
            }

            var before = Enumerable.Range(start, i - start).Select(k => lines[k].Plain)
                .Where(l => l.Length > 0 && UkDateParser.FindFirst(l) is null && CouncilNames.Read(l).Committee is null && !PagesAtEnd().IsMatch(l)).ToList();
            var title = before.Count > 0 ? string.Join(' ', before) : TitleAfter(lines, i);
            // "AGENDA ITEM NO 3" over "MINUTE of MEETING of the …": the item is the last minutes, which open their own part.
            return MinutesHeading().IsMatch(title) ? null : Classify(start, title);
        }

        return null;
    }

    private static PartStart Classify(int start, string title)
    {
        var clean = Shorten(TitleCase.FromShouting(title.Trim()));
        var kind = WorkProgrammeWords().IsMatch(clean) ? PartKind.WorkProgramme
            : TrackerHeading().IsMatch(clean) ? PartKind.Tracker
            : PartKind.Report;
        return new PartStart(start, kind, clean.Length > 0 ? clean : "Report");
    }

    /// <summary>"ADULT SOCIAL CARE AND HEALTH SELECT COMMITTEE" over "WORK PROGRAMME 2024/25" on an item's cover: the
    /// committee's name is whose paper it is, not its title.</summary>
    private static bool NamesOnlyTheBody(List<string> paragraph) =>
        paragraph.Count == 1 && CouncilNames.Read(paragraph[0]) is var (council, committee)
        && (council ?? committee) is { } name && name.Length >= paragraph[0].Trim().Length - 2;

    private static string TitleAfter(IReadOnlyList<SourceLine> lines, int i)
    {
        var paragraphs = new List<List<string>>();
        var current = new List<string>();
        for (var k = i; k < lines.Count && k < i + 16 && paragraphs.Count < 4; k++)
        {
            var t = lines[k].Plain;
            if (t.Length == 0)
            {
                if (current.Count > 0)
                {
                    paragraphs.Add(current);
                    current = [];
                }

                continue;
            }

            current.Add(t);
        }

        var title = paragraphs.Skip(1)
            .FirstOrDefault(p => !ReportOf().IsMatch(p[0]) && !AgendaItem().IsMatch(p[0]) && p.Count <= 3 && p.All(l => l.Length < 150) && !NamesOnlyTheBody(p));
        return title is null ? string.Empty : string.Join(' ', title);
    }

    /// <summary>The subject a report's cover gives in the lines under an item's stamp; null when none is there.</summary>
    private static string? CoverBelow(IReadOnlyList<SourceLine> lines, int i)
    {
        for (var k = i + 1; k < lines.Count && k <= i + CoverReach; k++)
        {
            if (CoverSubject().Match(lines[k].Plain) is { Success: true } subject)
            {
                return subject.Groups["title"].Value.Trim();
            }
        }

        return null;
    }

    /// <summary>How far under an item's stamp a report's cover names its subject (after the council's name, where it
    /// goes and when).</summary>
    private const int CoverReach = 8;

    private static int LookBack(IReadOnlyList<SourceLine> lines, int i, int floor, Func<string, bool> accept, int most = 3)
    {
        var start = i;
        var taken = 0;
        for (var k = i - 1; k > floor && k >= i - 8 && taken < most; k--)
        {
            var t = lines[k].Plain;
            if (t.Length == 0)
            {
                continue;
            }

            if (!accept(t))
            {
                break;
            }

            start = k;
            taken++;
        }

        return start;
    }

    /// <summary>"COUNCIL CHAMBER, HOVE TOWN HALL": where the meeting was held, on a short line of its own in the header
    /// above a bare "MINUTES" heading.</summary>
    private static bool IsVenueLine(string text) => text.Length <= 80 && !text.Contains(':') && Meetings.HeaderFields.LooksLikePlace(text);

    private static bool IsNameLine(string text)
    {
        var (council, committee) = CouncilNames.Read(text);
        return council is not null || committee is not null;
    }

    [GeneratedRegex(@"\(\s*Pages?\s+\d+(?:\s*[-–]\s*(?:\d+\s*\)?)?|\s*\))?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PagesOfItem();

    /// <summary>"Report by the Chief Internal Auditor      23 - 34": the agenda's list gives the pages of an item's report.</summary>
    [GeneratedRegex(@"\s\d{1,3}\s*[-–]\s*\d{1,3}$")]
    private static partial Regex PagesAtEnd();

    /// <summary>"Date of Meeting Thursday, 23 January 2025" over "Minutes of the proceedings of …" (Hackney): the date
    /// the minutes' heading leaves out belongs with it.</summary>
    /// <remarks>A short line of a year span ("Municipal Year 2024/25") is part of such a header too.</remarks>
    private static bool IsDateLine(string text)
    {
        if (text.Length <= 40 && YearSpan().IsMatch(text))
        {
            return true;
        }

        // The date and a label or weekday at most ("Date of Meeting Thursday,"), not an agenda's line that mentions one.
        var dates = UkDateParser.FindAll(text);
        return dates.Count == 1 && !text.EndsWith('.')
            && (text[..dates[0].Index] + " " + text[(dates[0].Index + dates[0].Length)..]).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;
    }

    [GeneratedRegex(@"\b(?:19|20)\d{2}\s*[/-]\s*\d{2}(?:\d{2})?\b")]
    private static partial Regex YearSpan();

    /// <summary>"Meeting of the Scrutiny & Overview Committee held on Tuesday, 4 February 2025 at" over "6.30 pm in" and
    /// the venue, above a "MINUTES" title (Croydon): the minutes' own header, printed before their title.</summary>
    [GeneratedRegex(@"^Meeting\s+of\s+(?:the\s+)?\S.{2,100}?\s+held\s+(?:on|at|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingHeldLine();

    [GeneratedRegex(@"^\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)(?:\s+(?:in|at|on))?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeLine();

    /// <remarks>A printed rule (a page's line of dashes in a text export) stands between pages, never in a title.</remarks>
    private static bool IsTitleLine(string text) =>
        text.Length < 150 && !text.EndsWith('.') && !text.EndsWith(':') && !text.EndsWith(';') && !Ingestion.Readers.PrintedRule.Is(text)
        && !BlankPage().IsMatch(text) && !PrintedPageNumber.Is(text)
        && !text.Contains('@', StringComparison.Ordinal) && !text.Contains("http", StringComparison.OrdinalIgnoreCase)
        && !Signature().IsMatch(text)
        && !NumberedParagraph().IsMatch(text) && !ReferenceCode().IsMatch(text)
        && !ListMarker().IsMatch(text);

    /// <summary>"9. Environment and Sustainable Communities Overview and Scrutiny" over "Committee - Work Programme
    /// 2024/25 and …": an agenda entry's title wrapped onto the line under it, straight after a full numbered line.</summary>
    private static bool WrapsANumberedLine(IReadOnlyList<SourceLine> lines, int i) =>
        i > 0 && lines[i - 1].Plain is { Length: >= FullLine } above && ItemNumbered().IsMatch(above) && !EndsASentenceOrTitle().IsMatch(above);

    /// <summary>The length of a line that runs to the page's edge, so goes on below.</summary>
    private const int FullLine = 50;

    [GeneratedRegex(@"[.:;)!?]$")]
    private static partial Regex EndsASentenceOrTitle();

    private static bool IsHeading(SourceLine line, string text) =>
        text.Length < 130 && !text.EndsWith('.') && !text.EndsWith(',') && !text.EndsWith(';') && !line.Text.StartsWith('\t')
        && !DanglingEnd().IsMatch(text) && !char.IsLower(text[0]) && !SentenceInside().IsMatch(text) && !DecisionTrigger.OpensWithDecisionWord(text)
        && !ThatClause().IsMatch(text) && !ListedClause().IsMatch(text) && !IntroducedClause().IsMatch(text) && !IsBracketedNote(text) && !IsMarkedRow(line);

    /// <summary>"Recommendations Tracker (standing item) | X | X | X": a calendar's row, its title then a mark in each
    /// month it comes to committee, is no heading.</summary>
    private static bool IsMarkedRow(SourceLine line)
    {
        var cells = line.Text.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return cells.Length >= 3 && cells.Skip(1).All(c => c.Length <= 2);
    }

    /// <summary>"(Reference - Work Programme, submitted)": minutes' note of the paper an item considered, in brackets as
    /// no heading is.</summary>
    private static bool IsBracketedNote(string text) => text.StartsWith('(') && text.EndsWith(')');

    /// <summary>"After consideration, the committee approved the work programme, …": a sentence led in by a phrase and
    /// its comma, as no heading is.</summary>
    [GeneratedRegex(@"^(?:After|Following|Having|Accordingly|Thereafter|Subsequently|In response|During)\b[^,]{0,40},\s+(?-i:[a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex IntroducedClause();

    /// <summary>"(4) agreed to add unclassified road condition to the forward plan": an item of a list that goes on a
    /// sentence's stem in lower case, as no heading is.</summary>
    [GeneratedRegex("^" + ItemMarker + "[a-z]")]
    private static partial Regex ListedClause();

    /// <summary>A list item's marker and the space after it: "(4) ", "ii. ", "b) ".</summary>
    private const string ItemMarker = @"\(?(?:[ivx]{1,4}|\d{1,2}|[a-h])[.)]\s+";

    /// <summary>"THAT the work programme and action tracker be noted, subject to …": a decision's clause, as no heading
    /// opens.</summary>
    [GeneratedRegex("^(?:" + ItemMarker + ")?(?:That|THAT)\\s")]
    private static partial Regex ThatClause();

    /// <summary>A cover names its agenda item ("Agenda Item 5", "15 April 2024 Agenda Item: 8", "AGENDA ITEM NO 5"); a sentence that
    /// mentions one ("… considered as agenda item 5 of this meeting"), or a member's declaration of interest in one
    /// ("County Borough Councillor L Howells - Agenda Item 5 - …"), and a minute's heading naming the item it took in
    /// brackets, do not start a report.</summary>
    private static bool NamesAgendaItem(string text)
    {
        var m = AgendaItem().Match(text);
        var before = m.Success ? text[..m.Index].TrimEnd('*', ' ', '\t') : string.Empty;
        // "EGD/43 Recommendations Tracker (Agenda Item 8)": a minute's heading names in brackets the agenda item it took.
        var bracketedAfterHeading = before.Length > 1 && before[^1] == '(';
        return m.Success && (before.Length == 0 || !char.IsLower(before[^1])) && !PersonTitle().IsMatch(before) && !bracketedAfterHeading;
    }

    [GeneratedRegex(@"\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b\.?\s+[A-Z]")]
    private static partial Regex PersonTitle();

    /// <summary>
    /// Printed minutes that never say "minutes": the committee's name and the meeting's date over "PRESENT:" ("OVERVIEW
    /// AND SCRUTINY COMMITTEE … ON TUESDAY 14TH JANUARY, 2025 / PRESENT: Councillor Brennan-Moss (in the Chair)"). The
    /// part starts at the top of that header (the document's top when it is the first part); null when no date is
    /// written just above or a minutes heading already opened this part.
    /// </summary>
    private static int? MinutesHeaderAbove(IReadOnlyList<SourceLine> lines, int i, int floor)
    {
        var top = Math.Max(floor + 1, i - HeaderReach);
        if (!Enumerable.Range(top, i - top).Any(k => UkDateParser.FindFirst(lines[k].Plain) is not null)
            || Enumerable.Range(Math.Max(floor, 0), i - Math.Max(floor, 0)).Any(k => MinutesHeading().IsMatch(lines[k].Plain)))
        {
            return null;
        }

        // Minutes open their paper unless "Present:" stands far down it, under a pack's front sheet (a Scottish pack's
        // letter and business list, then "Item 3" over the last meeting's minutes): those begin at their own header.
        if (floor < 0 && i <= HeaderReach * 2)
        {
            return 0;
        }

        // Below the last page or item stamp, if one stands between: the lines above it end the paper before.
        var from = Enumerable.Range(top, i - top).LastOrDefault(k => PageStamp().IsMatch(lines[k].Plain.Trim()), top - 1) + 1;
        return Enumerable.Range(from, i - from).First(k => !lines[k].IsBlank);
    }

    /// <summary>A page's number, rule or item stamp printed above a paper's header, not its first line.</summary>
    [GeneratedRegex(@"^(?:(?:Agenda\s+)?Item\s+\d{1,3}[A-Za-z]?|Page\s+\d{1,4}|-{5,}|_{5,})$", RegexOptions.IgnoreCase)]
    private static partial Regex PageStamp();

    /// <summary>How far above "PRESENT:" a printed minutes' header reaches.</summary>
    private const int HeaderReach = 12;

    private static bool FollowedByMinutesHeader(IReadOnlyList<SourceLine> lines, int i) =>
        Within(lines, i, 6, l => DateLabel().IsMatch(l.Plain)) && Within(lines, i, 14, l => AttendanceLabel().IsMatch(l.Plain));

    /// <summary>"MINUTES OF THE CHILDREN, SCHOOLS AND FAMILIES SCRUTINY COMMITTEE" over the meeting's date and who was
    /// present: minutes that name their body, not "the meeting", and say when on a line of its own.</summary>
    private static bool FollowedByDateAndAttendance(IReadOnlyList<SourceLine> lines, int i) =>
        Within(lines, i, 6, l => UkDateParser.FindFirst(l.Plain) is not null) && Within(lines, i, 14, l => AttendanceLabel().IsMatch(l.Plain));

    private static bool TrackerTableHeader(SourceLine line)
    {
        var joined = line.Text.Replace("\t", string.Empty);
        return line.Text.Contains('\t') && joined.Length < 150
            && joined.Contains("recommendation", StringComparison.OrdinalIgnoreCase)
            && (joined.Contains("response", StringComparison.OrdinalIgnoreCase) || joined.Contains("progress", StringComparison.OrdinalIgnoreCase));
    }

    private static bool Within(IReadOnlyList<SourceLine> lines, int i, int span, Func<SourceLine, bool> test)
    {
        for (var k = i + 1; k < lines.Count && k <= i + span; k++)
        {
            if (test(lines[k]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120].TrimEnd() + "…";

    /// <summary>A line that stops on a small word or an auxiliary verb ("… reminded members that the forward plan was")
    /// is a sentence wrapped onto the next line, not a heading.</summary>
    [GeneratedRegex(@"\b(?:for|of|and|the|to|in|on|with|by|a|an|or|its|their|as|was|were|is|are|be|been|had|has|have|would|will|could|should|that|which)$", RegexOptions.IgnoreCase)]
    private static partial Regex DanglingEnd();

    /// <summary>"Minutes of the meeting of…", "Minutes of the Scrutiny Committee held on…", and "Minute of Meeting
    /// of…" as Scottish councils write it, after the place and day where they open with them ("ABERDEEN, 11 March
    /// 2025. Minute of Meeting of the …").</summary>
    [GeneratedRegex(@"^(?:[A-Z][\w'’ -]{1,30},\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\.\s+)?(?:minutes?\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w&'’-]+\s+){0,6}(?:meeting|proceedings)\b|minutes?\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[\w&'’(),-]+\s+){1,8}?held\s+(?:on|at|in)\b|minutes$|at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}meeting\s+of\s+(?:the\s+)?\S)", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesHeading();

    /// <summary>"Present:", "PRESENT", and with a dash before a name, "Present - Councillors Holroyd (Chairman), …"
    /// (Bolton).</summary>
    [GeneratedRegex(@"^(?:(?:Members|MEMBERS|Councillors|COUNCILLORS)\s+)?(?:PRESENT|Present|present|ATTENDEES|Attendees)\s*(?::|[-\u2013\u2014]\s+(?=[A-Z]))|^(?:PRESENT|Present|ATTENDEES|Attendees)$")]
    private static partial Regex PresentLabel();

    [GeneratedRegex(@"^Meeting\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingLabel();

    [GeneratedRegex(@"^Date\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    [GeneratedRegex(@"^(?:Membership|Present|Attendance|Members present|Councillors present|Attendees)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AttendanceLabel();

    [GeneratedRegex(@"^(?:scrutiny\s+)?recommendations?\s+(?:tracker|tracking|monitoring|log|progress|action)|\brecommendations?\s+tracker\b|^action\s+(?:log|tracker)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TrackerHeading();

    [GeneratedRegex(@"^(?:Date\s+of\s+(?:the\s+)?Meeting|Meeting\s+date|Recommendation\s+\d{1,3}\s*[:.\-–])", RegexOptions.IgnoreCase)]
    private static partial Regex TrackerRowLabel();

    [GeneratedRegex(@"\b(?:deadline\s+for|were\s+issued|date\s+issued|response\s+due)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TrackerDateLabel();

    /// <summary>The heading is over what a meeting did with the paper ("The Committee noted the forward work programme
    /// and agreed…"), or is that sentence's first line: an unnumbered item of minutes (Belfast's), not the paper.</summary>
    private static bool MinutedBelow(IReadOnlyList<SourceLine> lines, int i)
    {
        var k = i + 1;
        while (k < lines.Count && k <= i + 3 && lines[k].IsBlank)
        {
            k++;
        }

        return MinutedAct().IsMatch(lines[i].Plain) || (k < lines.Count && MinutedAct().IsMatch(lines[k].Plain));
    }

    /// <summary>"The Committee noted …", "Members considered …", and a Scottish minute's numbered "5.  The Committee had
    /// before it a report by …".</summary>
    [GeneratedRegex(@"^(?:\d{1,3}\.?\s+)?(?:The\s+(?:[A-Z][\w-]*\s+){0,4}(?:Committee|Board|Panel|Commission|Cabinet|Council|Forum|Group)|Members|Councillors)\s+(?:(?:then|also|further|duly)\s+)?(?:noted|agreed|considered|received|resolved|discussed|reviewed|welcomed|approved|endorsed|had\s+before\s+(?:it|them))\b")]
    private static partial Regex MinutedAct();

    /// <summary>A heading numbered as a minute or agenda item ("26 Work Programme", "OSC/24/46 WORK PROGRAMME",
    /// "Item 7 Work Programme"): an item of the paper it is in, not a part of its own.</summary>
    [GeneratedRegex(@"^(?:\d|[A-Z]{1,5}[\s/]?\d{1,4}/\d|(?:Item|Minute)\s+(?:No\.?\s*)?\d)")]
    private static partial Regex ItemNumbered();

    [GeneratedRegex(@"\b(?:work\s*programme|forward\s+plan|work\s+plan|forward\s+work\s+programme|work\s+schedule)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkProgrammeWords();

    /// <summary>"Appendix B", "ANNEX 2": not "Appendix to the Report", a sentence's words wrapped onto a line.</summary>
    [GeneratedRegex(@"^(?:Appendix|Annex|Annexe)\s+(?!(?:to|of|the|and|in|for|on|at|is|as)\b)[A-Z0-9]{1,3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex AppendixHeading();

    [GeneratedRegex(@"^(?:Report\s+Title|Title\s+of\s+(?:paper|report))\s*:?\s*\t*\s*(?<title>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportTitleCell();

    [GeneratedRegex(@"^Meeting\s+Title\b", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingTitleCell();

    /// <summary>A report's cover field under its stamp ("REPORT TO: AUDIT AND SCRUTINY COMMITTEE …" / "SUBJECT: SCRUTINY
    /// OF WINTER MAINTENANCE …"): what the report is.</summary>
    [GeneratedRegex(@"^Subject\s*:\s*(?<title>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex CoverSubject();

    /// <summary>"Report of the Director …", "REPORT BY DIRECTOR OF …" under a report's title; not "report by the Director" wrapped onto a line.</summary>
    [GeneratedRegex(@"^(?-i:R)e(?i:port)\s+(?:of|by)\s+(?:the\s+)?\S", RegexOptions.IgnoreCase)]
    private static partial Regex ReportOf();

    /// <summary>"Agenda Item 5", "Agenda Item: 8", "AGENDA ITEM NO 5": the words before an item's number on its stamp.</summary>
    internal const string AgendaItemWords = @"Agenda\s+Item\s*(?:No\.?)?\s*:?\s*";

    /// <summary>"Item 6." alone on its line, as Moray stamps its papers ("Item 6" in a sentence names no paper).</summary>
    [GeneratedRegex(@"^Item\s+\d{1,3}\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareItemStamp();

    [GeneratedRegex(@"\b" + AgendaItemWords + @"\d+\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgendaItem();

    [GeneratedRegex(@"intentionally\s+(?:left\s+)?blank", RegexOptions.IgnoreCase)]
    private static partial Regex BlankPage();

    [GeneratedRegex(@"[a-z]{2}[.;]\s+\S")]
    private static partial Regex SentenceInside();

    [GeneratedRegex(@"^\d+(?:\.\d+)*\.?\s")]
    private static partial Regex NumberedParagraph();

    [GeneratedRegex(@"^[A-Z]{2,}\d+$|^\w+$")]
    private static partial Regex ReferenceCode();

    [GeneratedRegex(@"^(?:Chair|Chairman|Chairperson|Signed|Date)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Signature();

    [GeneratedRegex(@"^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[).]\s")]
    private static partial Regex ListMarker();
}
