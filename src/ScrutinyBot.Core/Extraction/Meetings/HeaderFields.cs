using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>Labelled fields of meeting headers ("Date:", "Time:", "Place:", "Chair:") and the names of the body.</summary>
internal static partial class HeaderFields
{
    public static string? Label(string text, string label)
    {
        var m = LabelValue().Match(text.Trim());
        return m.Success && string.Equals(m.Groups["label"].Value.Trim(), label, StringComparison.OrdinalIgnoreCase)
            ? m.Groups["value"].Value.Trim() : null;
    }

    /// <summary>True when the line is a labelled field ("Time: 6 pm", "Contact: …").</summary>
    public static bool IsLabelled(string text) => LabelValue().IsMatch(text.Trim());

    public static bool IsPlaceLabel(string text, out string place)
    {
        var m = PlaceLabel().Match(text);
        place = m.Success ? m.Groups["value"].Value.Trim() : string.Empty;
        // "AT:" is also Welsh for "To:" ("AT: HOLL AELODAU'R PWYLLGOR …" over "TO: ALL MEMBERS OF …"): taken for a
        // venue only when its value reads as one.
        return m.Success && place.Length > 0 && (!m.Groups["at"].Success || LooksLikePlace(place));
    }

    public static bool LooksLikePlace(string text) =>
        text.Length < 200 && (Postcode().IsMatch(text) || PlaceWords().IsMatch(text));

    /// <summary>Council and committee from the first lines of a part: combined lines, separate lines or "Meeting:" labels.</summary>
    public static (string? Council, string? Committee, int Index) Body(IReadOnlyList<SourceLine> lines, int max)
    {
        string? council = null, committee = null;
        var index = -1;
        var inAuthors = false;
        var inField = false;
        string? tentative = null;
        var tentativeIndex = -1;
        for (var i = 0; i < lines.Count && i < max; i++)
        {
            var text = lines[i].Text.Trim();
            if (CouncilNames.IsTitleWithStop(text) && (i == 0 || lines[i - 1].IsBlank) && (i + 1 == lines.Count || lines[i + 1].IsBlank))
            {
                text = text[..^1];
            }

            if (text.Count(c => c == '(') > text.Count(c => c == ')') && NextLine.NonBlank(lines, i, 2) is { } next)
            {
                // "Scrutiny Board (Environment, Housing and" over "Communities)": a name wrapped inside its brackets.
                text = $"{text} {lines[next].Text.Trim()}";
            }

            // A report's "From:" / "By:" block names its authors ("Amanda Beer, Chief Executive"), over as many
            // lines as they take: never the body that meets. Nor does any other labelled field, or the line that
            // carries it on ("Previous Pathway: Health Overview…,\nSelection & Member Services Committee (27 February 2025)").
            if (i > 0 && !lines[i - 1].IsBlank && EndsOnAJoin().IsMatch(lines[i - 1].Plain))
            {
                // "Scrutiny Committee" under "Meeting of Environment and Sustainable Communities Overview and": the tail of
                // a wrapped name, read whole.
                var joined = $"{lines[i - 1].Plain} {text}";
                text = CouncilNames.AgendaFor(joined) ?? (CouncilNames.Read(joined).Committee is not null ? joined : text);
            }

            var labelled = LabelValue().IsMatch(text);
            inAuthors = Author().IsMatch(text) || (inAuthors && !labelled);
            var continuesField = inField && !labelled && text.Length > 0;
            inField = (labelled || continuesField) && !IsBodyLabel(text);
            if (inAuthors || continuesField)
            {
                continue;
            }

            var meeting = Label(text, "Meeting") ?? Label(text, "Decided at meeting") ?? Label(text, "Committee") ?? Label(text, "Meeting Title") ?? Label(text, "Report to") ?? TitledBody(text, lines, i);
            var (c, b) = meeting is not null ? ReadLabelled(meeting)
                : Label(text, "To") is { } to ? (GenericFullCouncil().IsMatch(to) ? (null, null) : CouncilNames.Read(WithoutDate(to)))
                : labelled || Sentence().IsMatch(text) ? (null, null)
                : CouncilNames.Read(text);
            if (committee is null && b is not null && c is null && tentative is null && b.EndsWith(" Council", StringComparison.Ordinal))
            {
                // "Cyngor Bro Morgannwg Vale of Glamorgan Council": a heading ending in "Council" that is no council's
                // name alone (a bilingual letterhead) names the body only if no committee's name follows it.
                (tentative, tentativeIndex) = (b, i);
                continue;
            }

            if (committee is null && b is not null)
            {
                committee = b;
                index = i;
                council = c ?? council;
            }
            else
            {
                council ??= c;
            }

            if (council is not null && committee is not null)
            {
                break;
            }
        }

        return committee is null && tentative is not null ? (council, tentative, tentativeIndex) : (council, committee, index);
    }

    /// <summary>"Title: Climate Action, Environment and Highways Policy and" over "Scrutiny Committee" (Westminster's
    /// front sheet): a title that is a body's name, wrapped or not, names the body; a report's title does not.</summary>
    private static string? TitledBody(string text, IReadOnlyList<SourceLine> lines, int i)
    {
        if (Label(text, "Title") is not { } title)
        {
            return null;
        }

        if (!CouncilNames.IsBodyName(title) && i + 1 < lines.Count && lines[i + 1].Plain is { Length: > 0 } next && !IsLabelled(next))
        {
            title = $"{title} {next}";
        }

        return CouncilNames.IsBodyName(title) ? title : null;
    }

    private static bool IsBodyLabel(string text) =>
        MeetingLabels.Any(label => Label(text, label) is not null);

    /// <summary>"County Council 13th March 2025", "Cabinet, 30 January 2025", "Cabinet – 4 March 2025": the body a report
    /// goes to, without the meeting's date or what joins it to the date.</summary>
    private static string WithoutDate(string value) =>
        UkDateParser.FindAll(value).FirstOrDefault() is { } date && date.Index > 0 ? value[..date.Index].Trim().TrimEnd(',', ';', ':', '-', '–', '—', ' ') : value;

    /// <summary>The labels under which a report's cover names the meeting it goes to.</summary>
    public static readonly string[] MeetingLabels = ["Meeting", "Decided at meeting", "Committee", "Meeting Title", "Report to", "To"];

    private static (string? Council, string? Committee) ReadLabelled(string labelled)
    {
        // "15/04/2010 - Cabinet (Item 390)": the date and the item number are not the body's name.
        var value = DecidingMeeting.BodyOf(labelled);
        var read = CouncilNames.Read(value);
        return read.Council is null && read.Committee is null ? (null, value) : read;
    }

    [GeneratedRegex(@"(?:\s(?:and|of|for|the|&)|,)$", RegexOptions.IgnoreCase)]
    private static partial Regex EndsOnAJoin();

    [GeneratedRegex(@"^(?<label>[A-Za-z ]{2,20}?)\s*[:\t]\s*(?<value>\S.*)$")]
    private static partial Regex LabelValue();

    [GeneratedRegex(@"^(?:(?:Meeting\s+)?(?:Place|Venue|Location)|Where|Meeting\s+held|Held\s+at|(?<at>At)(?=\s*:))\s*[:\t]\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceLabel();

    [GeneratedRegex(@"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\b(?:Hall|House|Room|Chamber|Chambers|Centre|Center|Offices|Building|Zoom|Microsoft Teams|remotely|virtual|online|Guildhall|Town Hall|Civic)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceWords();

    [GeneratedRegex(@"^(?:From|By|Author|Authors|Report by|Report of|Report author|Lead officer|Contact officer)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Author();

    /// <summary>A line of running text ("The covenant was re-signed at the Partnership"), not a heading naming a body.</summary>
    [GeneratedRegex(@"\s(?:was|were|is|are|has|have|had|will|would)\s+[a-z]", RegexOptions.None)]
    private static partial Regex Sentence();

    /// <summary>"To: Full Council": the council's own meeting, by the generic name reports use for it, not the name its
    /// agenda and minutes give it ("County Council", "City Council"); it would be a second name for one meeting.</summary>
    [GeneratedRegex(@"^\s*(?:the\s+)?full\s+council\b", RegexOptions.IgnoreCase)]
    private static partial Regex GenericFullCouncil();
}
