using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction.Blocks;
using ScrutinyBot.Core.Extraction.Minutes;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction.Meetings;

/// <summary>
/// Reads who attended from a minutes header ("Present", "Absent", "Apologies", "Substitute Members",
/// "Colleagues, partners and others in attendance", lists with "(Apologies)" / "(Absent)" markings, tick tables)
/// and from the apologies item. A heading in capitals between the lists and the first item ("UNRESTRICTED ITEMS")
/// ends the lists (<see cref="SectionHeadings"/>).
/// </summary>
internal static partial class AttendanceReader
{
    public static IReadOnlyList<AttendanceEntry> Read(IReadOnlyList<SourceLine> lines, IReadOnlyList<MinuteItem> items)
    {
        var headerEnd = items.Count > 0 ? items[0].HeadingIndex : Math.Min(lines.Count, 80);
        var entries = new List<AttendanceEntry>();
        var tickTable = lines.Take(headerEnd).Any(l => TickLegend().IsMatch(l.Plain));
        var starred = lines.Take(headerEnd).Any(IsStarLegend);
        AttendanceStatus? status = null;
        var byParty = false;
        string? columnTitle = null;
        for (var i = 0; i < headerEnd; i++)
        {
            var line = lines[i];
            // "Councillor(s)", "Co-opted Member(s)", "Officer(s)": a label's plural as forms print it.
            var text = PluralMark().Replace(line.Plain, "s");
            if (text.Length == 0 || MinutesTitle().IsMatch(text))
            {
                continue;
            }

            if (ApologiesFrom().Match(text) is { Success: true } sent)
            {
                // "Apologies for absence were submitted on behalf of Councillor Ayesha RAFIQ.": a sentence names who
                // sent them, however it wraps, and closes any list above it; the lines below it are not apologies.
                var list = sent.Groups["list"].Value;
                while (!SentenceEnd().IsMatch(list) && i + 1 < headerEnd && lines[i + 1].Plain.Length > 0)
                {
                    list = $"{list} {lines[++i].Plain}";
                }

                var end = SentenceEnd().Match(list);
                Add(entries, end.Success ? list[..end.Index] : list, AttendanceStatus.Apologies, null, i);
                status = null;
                continue;
            }

            if (!Section().IsMatch(text) && LabelAfterSentence().Match(text) is { Success: true } label)
            {
                // "ABERDEEN, 11 March 2025. Minute of Meeting of the … COMMITTEE. Present:- Councillor Strachan, …":
                // the list starts after the sentences that open the minute.
                text = text[label.Index..];
            }

            var section = Section().Match(text);
            if (section.Success)
            {
                columnTitle = null;
                // "Apologies for Absence" over "Councillors: T Watkins" and "Co-opted Members: N Talbot": a label naming
                // a kind of member sorts the list it is in, it does not open another.
                status = status is AttendanceStatus.Apologies or AttendanceStatus.Absent && MemberKind().IsMatch(section.Groups["label"].Value) && section.Groups["rest"].Length > 0
                    ? status
                    : StatusOf(section.Groups["label"].Value);
                text = section.Groups["rest"].Value.Trim().TrimStart('-', '–').Trim();
                // "COUNCILLORS: Jim Brodie (Convener); Fiona Dalgleish": the label is the title of every name after it.
                text = section.Groups["label"].Value.Equals("Councillors", StringComparison.OrdinalIgnoreCase) && text.Length > 0 ? $"Councillors {text}" : text;
                if (text.Length == 0)
                {
                    continue;
                }
            }

            if (!section.Success && status is null && ChairOpensList().IsMatch(text))
            {
                // "Councillor Andrew Wrightson in the Chair plus Councillors Alyson Baker, …": the members present,
                // with no label, the chair first.
                status = AttendanceStatus.Present;
            }

            if (!section.Success && SectionHeadings.EndsAttendance(text))
            {
                status = null;
                continue;
            }

            if (IsSentence(text))
            {
                continue;
            }

            if (section.Success && Presided().Match(text) is { Success: true } presided)
            {
                // "Present: Councillor R E Powell (Chair) Presided" over the other members: the chair opens the list.
                text = text[..presided.Index].TrimEnd();
            }
            else if (Presided().IsMatch(text))
            {
                // "Councillor C Reid, Convener, Presided." says who chaired (ChairReader) and closes the lists above it.
                status = null;
                continue;
            }

            if (starred && status is null or AttendanceStatus.Present && ReadStarred(line, entries, i))
            {
                continue;
            }

            var cells = line.Text.Split('\t').Select(c => PluralMark().Replace(c.Trim(), "s")).ToArray();
            if (status is not null && cells.Length >= 2 && cells.All(c => c.Length == 0 || PluralTitle().IsMatch(c)))
            {
                // "Councillors | Councillors | Councillors" over columns of names: the title of every name below, read
                // as a plural title before a list is (PersonNames gives each name the singular).
                columnTitle = TitleCase.FromShouting(cells.First(c => c.Length > 0));
                continue;
            }

            if (columnTitle is not null && status is not null && cells.Length >= 2)
            {
                foreach (var cell in cells.Where(c => c.Length > 1))
                {
                    Add(entries, $"{columnTitle} {cell}", status.Value, null, i);
                }

                continue;
            }

            columnTitle = null;
            if (PoliticalGroups.HeadsColumns(cells))
            {
                // "LABOUR | CONSERVATIVE | LIBERAL DEMOCRAT": the parties over the columns of names below them.
                byParty = status == AttendanceStatus.Present;
                continue;
            }

            if (byParty && status == AttendanceStatus.Present && cells.All(c => c.Length == 0 || PersonNames.IsSurnameAlone(c)))
            {
                // Under the parties of "Present – Councillors", each cell is a councillor's surname ("Ahmed | Townend").
                foreach (var surname in cells.Where(c => c.Length > 0))
                {
                    Add(entries, $"Councillor {surname}", AttendanceStatus.Present, null, i);
                }

                continue;
            }

            byParty = false;

            if (status is not null && cells.Length == 1)
            {
                // A comma list that wraps ("..., Mr D Watkins and" / "Mr R J Thomas"; "Mrs A Beer (Chief" / "Executive)").
                while (i + 1 < headerEnd && ListContinues(text, lines[i + 1]))
                {
                    i++;
                    text = $"{text} {lines[i].Plain}";
                }

                cells = [text];
            }
            else if (status == AttendanceStatus.InAttendance && cells.Length >= 2)
            {
                // A table row whose name or title wraps ("Councillor Cheryl | Executive Member for Children, Young People and"
                // / "Barnard | Education").
                while (i + 1 < headerEnd && RowContinues(cells, lines[i + 1]) is { } next)
                {
                    i++;
                    cells = next;
                }

                text = cells[0];
            }

            if (tickTable && status is null or AttendanceStatus.Present && cells.Length >= 2)
            {
                var ticked = Tick().IsMatch(cells[0]);
                if (ticked || cells[0].Length == 0)
                {
                    Add(entries, cells[1], ticked ? AttendanceStatus.Present : AttendanceStatus.Absent, Role(cells, 2), i);
                    continue;
                }
            }

            if (status is null)
            {
                continue;
            }

            // In attendance, a row's cells are a name and its role, unless each is a name ("Councillor R Harries |
            // Councillor C Thomas-Lewis").
            var nameAndRole = status == AttendanceStatus.InAttendance && !TitledNames.AllTitled(cells);
            var role = nameAndRole ? Role(cells, 1) : null;
            foreach (var cell in nameAndRole ? cells.Take(1) : cells.Where(c => c.Length > 1))
            {
                var names = section.Success && cell == cells[0] ? text : cell;
                if (status == AttendanceStatus.InAttendance && cells.Length == 1 && RoleWords.SplitTrailingRole(names.TrimStart('-', '–', '•', ' ')) is (var name, { } trailing))
                {
                    Add(entries, name, status.Value, trailing, i);
                    continue;
                }

                AddPeople(entries, names, status.Value, role, i);
            }
        }

        foreach (var item in items)
        {
            if (ApologiesItem().IsMatch(item.Title))
            {
                ReadApologies(lines, item, entries);
            }
            else
            {
                ReadApologySentences(lines, item, entries, opening: true);
            }
        }

        return entries;
    }

    /// <summary>"* Councillor Andrew Bramshaw | * Councillor Kirsty Longstock" over "*Present": the membership printed
    /// whole, a star against each member present (Hampshire's form). The legend closes the list; a member without a
    /// star is not read here, as the apologies item says why they were away. True when the line was the legend or held
    /// a starred name.</summary>
    private static bool ReadStarred(SourceLine line, List<AttendanceEntry> entries, int index)
    {
        if (IsStarLegend(line))
        {
            return true;
        }

        var marked = StarredName().Matches(line.Starred ? "* " + line.Text : line.Text);
        foreach (Match m in marked)
        {
            Add(entries, m.Groups["name"].Value.Trim(), AttendanceStatus.Present, null, index);
        }

        return marked.Count > 0;
    }

    /// <summary>The legend, whether printed "*Present" or "* Present" (whose star the cleaner took for a bullet).</summary>
    private static bool IsStarLegend(SourceLine line) =>
        StarLegend().IsMatch(line.Plain) || (line.Starred && StarLegend().IsMatch("*" + line.Plain));

    private static void ReadApologies(IReadOnlyList<SourceLine> lines, MinuteItem item, List<AttendanceEntry> entries)
    {
        var read = ReadApologySentences(lines, item, entries, opening: false);
        for (var i = item.HeadingIndex + 1; i < item.EndIndex; i++)
        {
            if (read.Contains(i))
            {
                continue;
            }

            var text = lines[i].Plain;
            var received = ReceivedFrom().Match(text);
            if (received.Success)
            {
                text = received.Groups["list"].Value;
            }
            else if (IsSentence(text))
            {
                continue;
            }

            var cells = lines[i].Text.Split('\t');
            var cell = received.Success ? text : cells[0].Trim();
            AddPeople(entries, cell, AttendanceStatus.Apologies, received.Success ? null : Role([.. cells.Select(c => c.Trim())], 1), i);
        }
    }

    /// <summary>Reads each sentence naming who sent apologies, whole however its list wraps over lines; the lines read.
    /// Under an item that is not the apologies' own ("1. General" over "(1) Apologies", "45 PROCEDURAL BUSINESS" over
    /// "45.1 Apologies were received from …"), only a paragraph that opens with the apologies counts
    /// (<paramref name="opening"/>).</summary>
    private static HashSet<int> ReadApologySentences(IReadOnlyList<SourceLine> lines, MinuteItem item, List<AttendanceEntry> entries, bool opening)
    {
        var read = new HashSet<int>();
        foreach (var block in BlockReader.Read(lines, item.HeadingIndex + 1, item.EndIndex))
        {
            if (opening && !OpensWithApologies().IsMatch(block.Text))
            {
                continue;
            }

            // Under the item's heading the apologies may go unnamed: "These were received from Councillors …".
            var named = ApologiesFrom().Match(block.Text);
            var from = named.Success || opening ? named : TheseReceivedFrom().Match(block.Text);
            if (from.Success)
            {
                var list = from.Groups["list"].Value;
                var last = block.FirstLine + block.Lines - 1;
                while (!SentenceEnd().IsMatch(list) && last + 1 < item.EndIndex && lines[last + 1].Plain.Length > 0)
                {
                    // A list the block ends inside of ("… Pettitt (Cllr Shelagh" over "Cossey substituting), …") goes on
                    // to the sentence's end.
                    var next = lines[++last].Plain;
                    list = list.EndsWith('-') ? list + next : $"{list} {next}";
                }

                var end = SentenceEnd().Match(list);
                Add(entries, end.Success ? list[..end.Index] : list, AttendanceStatus.Apologies, null, block.FirstLine);
                read.UnionWith(Enumerable.Range(block.FirstLine, last - block.FirstLine + 1));
            }
        }

        return read;
    }

    /// <summary>A cell that runs several untitled names together beside as many job titles ("Ailsa Barr Jill Colbert |
    /// Director of Children's Integrated Services Corporate Director for Children and Education Services") is read
    /// as that many two-word names; any other cell as it is.</summary>
    private static void AddPeople(List<AttendanceEntry> entries, string cell, AttendanceStatus status, string? role, int index)
    {
        var words = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var titles = RoleWords.CountTitles(role);
        if (titles >= 2 && words.Length == 2 * titles && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '’')))
        {
            for (var k = 0; k < titles; k++)
            {
                Add(entries, $"{words[2 * k]} {words[(2 * k) + 1]}", status, null, index);
            }

            return;
        }

        Add(entries, cell, status, role, index);
    }

    /// <summary>The next line carries on a comma list: this one ends with a comma or "and" or leaves a bracket open, or
    /// the next opens with a bracket (a title under its name). After a semicolon only a name without a title of its own
    /// carries on the list ("Jim Brodie (Convener); Fiona Dalgleish;" / "Siobhan Kerr and Lynsey Forsyth."); a line that
    /// opens with its own title ("Aldermen Craig and Rodgers; and") is a list of its own.</summary>
    private static bool ListContinues(string text, SourceLine next)
    {
        var following = next.Plain;
        if (following.Length == 0 || next.Text.Contains('\t', StringComparison.Ordinal) || Section().IsMatch(following) || MinuteNumber().IsMatch(following)
            || SectionHeadings.EndsAttendance(following))
        {
            return false;
        }

        var trimmed = text.TrimEnd();
        return trimmed.EndsWith(',') || (trimmed.EndsWith(';') && !OwnTitle().IsMatch(following)) || trimmed.EndsWith(" and", StringComparison.Ordinal)
            || trimmed.Count(c => c == '(') > trimmed.Count(c => c == ')') || following.StartsWith('(')
            || (GivenNameLast().IsMatch(trimmed) && SurnameFirst().IsMatch(following));
    }

    [GeneratedRegex(@"^(?:The|Councillors?|Cllrs?|Aldermen|Alderman|County|Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\b")]
    private static partial Regex OwnTitle();

    /// <summary>"…, Sian Pritchett and Daniel", "…, Cllr Ruth": a list's last name cut after its first word, when the next line starts
    /// with the surname alone (<see cref="SurnameFirst"/>).</summary>
    [GeneratedRegex(@"(?:,|\band)\s+(?:(?:Councillor|Cllr)\.?\s+)?[A-Z][a-z]+$")]
    private static partial Regex GivenNameLast();

    /// <summary>"Whitfield", "Hendry, Cllr …": one capitalised word, then the end of the line or the list going on.</summary>
    [GeneratedRegex(@"^(?!(?:Councillors?|Cllrs?|County|Mr|Mrs|Ms|Miss|Dr)\b)[A-Z][\w'’-]+(?:$|\s*[,(]|\s+and\b)")]
    private static partial Regex SurnameFirst();

    /// <summary>The row carries on into the next line: the next has no name of its own (only more title), or the name
    /// here is a title and one word and the next line's name cell is the one word it lacks.</summary>
    private static string[]? RowContinues(string[] cells, SourceLine next)
    {
        if (!next.Text.Contains('\t', StringComparison.Ordinal))
        {
            return null;
        }

        var following = next.Text.Split('\t').Select(c => c.Trim()).ToArray();
        var more = string.Join(' ', following.Skip(1)).Trim();
        if (following[0].Length == 0 && more.Length > 0)
        {
            return [cells[0], $"{string.Join(' ', cells.Skip(1)).Trim()} {more}".Trim()];
        }

        var name = cells[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lone = following[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var titledOneWord = name.Length == 2 && HonorificTitle().IsMatch(name[0]);
        return titledOneWord && lone.Length == 1 && char.IsUpper(lone[0][0]) && lone[0].All(char.IsLetter)
            ? [$"{cells[0]} {following[0]}", $"{string.Join(' ', cells.Skip(1)).Trim()} {more}".Trim()]
            : null;
    }

    private static void Add(List<AttendanceEntry> entries, string cell, AttendanceStatus status, string? role, int index)
    {
        if (status == AttendanceStatus.Apologies)
        {
            // "P Oakes (substituted by Councillor K Varley)", "Ruth Whitmore (for whom Councillor Graham Lusted
            // substituted)": who stood in is minuted with the substitutes; in a list of apologies the bracket is no one's.
            cell = SubstitutingNote().Replace(cell, string.Empty);
        }

        foreach (var (name, marker, note) in PersonNames.Split(cell))
        {
            var actual = marker switch
            {
                not null when marker.Contains("Apolog", StringComparison.OrdinalIgnoreCase) => AttendanceStatus.Apologies,
                not null when marker.Contains("Absent", StringComparison.OrdinalIgnoreCase) => AttendanceStatus.Absent,
                not null when marker.StartsWith("Sub", StringComparison.OrdinalIgnoreCase) => AttendanceStatus.Substitute,
                _ => note is not null && note.StartsWith("substitute", StringComparison.Ordinal) ? AttendanceStatus.Substitute : status,
            };
            var chair = marker is not null && ChairMarker().IsMatch(marker) ? ChairRole(marker) : null;
            var fullRole = string.Join("; ", new[] { chair, note, role }.Where(r => !string.IsNullOrWhiteSpace(r)));
            var same = entries.FindIndex(e => e.Status == actual && string.Equals(Untitled(e.Name), Untitled(name), StringComparison.OrdinalIgnoreCase));
            if (same < 0)
            {
                entries.Add(new AttendanceEntry(name, actual, fullRole.Length > 0 ? fullRole : null, index));
            }
            else if (entries[same].Role is null && fullRole.Length > 0)
            {
                // "Debbie Darby (Apologies)" in the list, "Councillor Debbie Darby - other reasons" in the apologies item.
                entries[same] = entries[same] with { Role = fullRole };
            }
        }
    }

    /// <summary>The name without a councillor's title: "Cllr L Knight" in the apologies item is the "Councillor L Knight"
    /// of the header's list.</summary>
    private static string Untitled(string name) => CouncillorTitle().Replace(name, string.Empty);

    [GeneratedRegex(@"^(?:County\s+)?(?:Councillor|Cllr)\.?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex CouncillorTitle();

    private static string ChairRole(string marker) =>
        marker.Contains("Vice", StringComparison.OrdinalIgnoreCase) || marker.Contains("Depute", StringComparison.OrdinalIgnoreCase) ? "Vice Chair" : "Chair";

    /// <summary>"(Chair)", "(Vice-Chairman)", and "(Convener)" as Scottish councils call the chair.</summary>
    [GeneratedRegex(@"Chair|Conven[eo]r", RegexOptions.IgnoreCase)]
    private static partial Regex ChairMarker();

    private static string? Role(string[] cells, int from)
    {
        var role = string.Join(' ', cells.Skip(from)).Trim().TrimStart('-', '–', ' ').Trim();
        return role.Length > 0 ? role : null;
    }

    /// <summary>A long line ending as a sentence does, with the small words a sentence has: "Councillors C Reid, D
    /// Illingworth, S McCole and R Watters." is a list of names for all its full stop.</summary>
    private static bool IsSentence(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 9 && (text.EndsWith('.') || text.EndsWith(':'))
            && words.Count(w => char.IsLower(w[0]) && w is not ("and" or "of" or "de" or "van" or "von" or "le" or "la")) >= 2;
    }

    private static AttendanceStatus? StatusOf(string label)
    {
        var l = label.ToLowerInvariant();
        // A hybrid meeting's members "In attendance in Chamber" or "via Teams" are present, as are a committee's "…
        // Committee Members in attendance:-" (co-opted ones too) and "Councillors in Attendance"; "In the Chair" heads them.
        if (l.StartsWith("in the chair", StringComparison.Ordinal) || l.EndsWith("members in attendance", StringComparison.Ordinal) || l == "councillors in attendance" || (l.StartsWith("in attendance ", StringComparison.Ordinal) && l.Length > "in attendance ".Length))
        {
            return AttendanceStatus.Present;
        }

        return l.StartsWith("absent", StringComparison.Ordinal) || l.EndsWith(" absent", StringComparison.Ordinal) ? AttendanceStatus.Absent
            : l.StartsWith("apolog", StringComparison.Ordinal) ? AttendanceStatus.Apologies
            : l.StartsWith("substitut", StringComparison.Ordinal) ? AttendanceStatus.Substitute
            : l.Contains("attendance", StringComparison.Ordinal) || l.StartsWith("attending", StringComparison.Ordinal) || l.StartsWith("also", StringComparison.Ordinal) || l.StartsWith("officer", StringComparison.Ordinal) || l.StartsWith("official", StringComparison.Ordinal) || l.StartsWith("other", StringComparison.Ordinal) || l.StartsWith("colleague", StringComparison.Ordinal) ? AttendanceStatus.InAttendance
            : AttendanceStatus.Present;
    }

    /// <summary>A list's label, and what follows it on its line. A label wrapped in its column ("Also in" over
    /// "attendance:", "ALSO" over "ATTENDING:", beside the names) is read in its two halves. "COUNCILLORS:" heads the
    /// members present, as Scottish minutes set them beside "OFFICERS:".</summary>
    [GeneratedRegex(@"^(?<label>Present|Members present|Members of the Committee present|Members of the Committee absent|Attendees|Councillors present|Membership|Committee members present|Committee members|Members of the (?:Committee|Sub-Committee|Panel|Board)|Attending|Also attending|Education Representatives|Co-opted Members|External Members|Absent|Apolog(?:ies|y)(?: for absence)?|Apologies received|Substitutes?(?: Members?)?|Substitute Members|In the Chair|(?:[A-Z&][\w&’'-]*\s+(?:-\s+)?){0,8}Members in attendance(?=\s*:)|Councillors in attendance|In attendance (?:in (?:the )?(?:Council )?(?:Chamber|person|room)|remotely|virtually|online|via (?:Microsoft )?(?:Teams|Zoom|video(?:\s+link)?))|In attendance|Also in attendance|Also present|Officers?(?: present| in attendance)?|Officials?(?: present| in attendance)?|Officers and colleagues in attendance|Others in attendance|Other [\w ]{0,30}in attendance|Other (?:[\w ]{0,30}\s)?(?:Members|Councillors) present|Colleagues, partners and others in attendance|Other attendees|Also(?: in)?(?=\s+(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr)\s)|Councillors(?=\s*:)|attendance(?=\s*:))\b\s*:?\s*(?<rest>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Section();

    [GeneratedRegex(@"^(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)$")]
    private static partial Regex HonorificTitle();

    [GeneratedRegex(@"^(?:County\s+)?(?:Councillor|Cllr\.?)\s+[A-Z][\w'’. -]{1,40}?\s+in\s+the\s+Chair\b\s*(?:,|;|plus|and|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ChairOpensList();

    /// <summary>Where a list's label follows a sentence on its line: "… COMMITTEE. Present:- Councillor …".</summary>
    [GeneratedRegex(@"(?<=[.;]\s+)(?:Present|Apologies|In attendance|Also present)\s*:-?\s", RegexOptions.IgnoreCase)]
    private static partial Regex LabelAfterSentence();

    [GeneratedRegex(@"^\d{1,4}\.?\s")]
    private static partial Regex MinuteNumber();

    [GeneratedRegex(@"(?:✓|✔|√)\s*(?:indicates|denotes|=)|indicates\s+present", RegexOptions.IgnoreCase)]
    private static partial Regex TickLegend();

    /// <summary>"*Present", "* denotes Members present", "* = present", "(Present = *)": the legend of a membership
    /// starred by presence.</summary>
    [GeneratedRegex(@"^\*\s*(?:=\s*)?(?:(?:denotes|indicates)\s+(?:(?:Members?|Councillors?)\s+)?)?present\b|^\(?\s*present\s*=\s*\*\s*\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex StarLegend();

    /// <summary>A name with a star before it, in its column: "* Councillor Kirsty Longstock". Where the columns' gap is
    /// lost, the next title starts the next name: "* Councillor Simon Twyford Councillor Peter Odiham".</summary>
    [GeneratedRegex(@"(?<=^|\t|\s)\*\s*(?<name>(?:Councillor|Cllr\.?|County Councillor|Mr|Mrs|Ms|Miss|Dr)\s+[^*\t]+?|[A-Z][^*\t]+?)\s*(?=\t|\s\*|\s(?:County\s+)?(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s|$)")]
    private static partial Regex StarredName();

    [GeneratedRegex(@"^(?:✓|✔|√|x|X|P)$")]
    private static partial Regex Tick();

    [GeneratedRegex(@"^(?:minutes\b|meeting\s*:|date\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex MinutesTitle();

    [GeneratedRegex(@"\bapolog", RegexOptions.IgnoreCase)]
    private static partial Regex ApologiesItem();

    /// <summary>A paragraph that opens with the apologies, after any paragraph number: "45.1 Apologies were received
    /// from …", "An apology for absence was submitted on behalf of …".</summary>
    [GeneratedRegex(@"^(?:\d{1,3}(?:\.\d{1,3})*\.?\s+)?(?:An?\s+)?apolog(?:ies|y)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpensWithApologies();

    [GeneratedRegex(@"\bapolog(?:ies|y)\b(?:\s+for\s+(?:absence|non-attendance))?(?:\s+(?:were|was|had\s+been|have\s+been|has\s+been))?(?:\s+(?:received|submitted|given|noted|reported|tendered|sent|intimated))?\s+(?:from|by|on\s+behalf\s+of)\s+(?:the\s+following[^:]*:?\s*)?(?<list>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ApologiesFrom();

    [GeneratedRegex(@"^(?:These|They|Those)\s+(?:were|had\s+been|have\s+been)\s+(?:received|submitted|given|tendered|sent)\s+(?:from|by|on\s+behalf\s+of)\s+(?<list>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex TheseReceivedFrom();

    [GeneratedRegex(@"\.(?:\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s*\([^()]*\bsubstitut[^()]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex SubstitutingNote();

    [GeneratedRegex(@"apologies\b.*?\b(?:received|submitted|given|noted|intimated)\s+(?:from|by|on behalf of)\s+(?:the\s+following[^:]*:?\s*)?(?<list>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReceivedFrom();

    [GeneratedRegex(@"\b[Pp]resided\.?$")]
    private static partial Regex Presided();

    [GeneratedRegex(@"(?<=[A-Za-z])\(s\)")]
    private static partial Regex PluralMark();

    [GeneratedRegex(@"^(?:Councillors|Cllrs|County Councillors)$", RegexOptions.IgnoreCase)]
    private static partial Regex PluralTitle();

    [GeneratedRegex(@"^(?:Councillors|Co-opted Members|External Members|Education Representatives)$", RegexOptions.IgnoreCase)]
    private static partial Regex MemberKind();
}
