using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>
/// What a candidate unit is read with besides its own words when its coverage of the question is measured. A paper's
/// sentences speak of its council's place ("how many children were in care in the city"). Asked who wrote a paper, its
/// contact block ("Report Author: …") speaks for the whole paper: what its other passages say. Asked who chaired, the
/// line naming the chair ("Harry Rayner – MEM (Chair)") is of the meeting its paper's title names ("TMG meeting note
/// 14 November 2024"); so is a vote's count ("For (39) - Against (19)") of the item it is minuted under, and a unit
/// speaking of its own paper ("the proposed decision was endorsed at …") of what the paper's title names, as is one
/// whose subject is the heading's last word ("The inspection took place …" under "… SEND Inspection"). Other titles
/// are not read with a unit: measured on held-out questions, they let table rows under a well-matching title answer
/// questions the papers do not answer.
/// </summary>
internal sealed partial class UnitContext(IReadOnlyList<AnswerUnit> units, QueryAnalysis analysis)
{
    private readonly bool _contactsAsked = PaperContacts.AreAsked(analysis.Text);
    private readonly bool _chairAsked = analysis.Has(QuestionIntent.Chair);
    private readonly bool _voteAsked = VoteAsked().IsMatch(analysis.Text);
    private readonly bool _apologiesAsked = analysis.Has(QuestionIntent.Absent | QuestionIntent.Apologies);
    private readonly Dictionary<string, StemSet> _councils = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StemSet> _papers = new(StringComparer.Ordinal);
    private Dictionary<(long ChunkId, int Index), AnswerUnit>? _byPlace;

    /// <summary>The stems read as part of the unit without being in it; null when there are none.</summary>
    public StemSet? Of(AnswerUnit unit)
    {
        var chunk = unit.Passage.Hit.Chunk;
        if (_contactsAsked && PaperContacts.IsContactBlock(unit.Text))
        {
            return Paper(chunk.Source);
        }

        var council = Council(chunk.Council);
        if (_apologiesAsked && AnswerTypeCheck.RecordsApologies(unit.Text) && chunk.Committee is { Length: > 0 } committee)
        {
            // An attendance record names no committee: it is of the meeting whose minutes or front sheet hold it.
            return new StemSet([.. (IEnumerable<string>?)council ?? [], .. CoverageCalculator.Stems(committee)], committee);
        }

        var headed = (_chairAsked && ChairNamed().IsMatch(unit.Text)) || (_voteAsked && VoteRecorded().IsMatch(unit.Text))
            || PaperItself().IsMatch(unit.Text) || IsFormField(unit) || NamesItsHeading(unit.Text, chunk.Heading) || HeadsTheNameAsked(chunk);
        return headed && chunk.Heading is { Length: > 0 } heading
            ? new StemSet([.. (IEnumerable<string>?)council ?? [], .. CoverageCalculator.Stems(heading)], heading)
            : council;
    }

    private StemSet Paper(string source)
    {
        if (!_papers.TryGetValue(source, out var stems))
        {
            var ofPaper = units.Where(u => string.Equals(u.Passage.Hit.Chunk.Source, source, StringComparison.Ordinal)).ToList();
            stems = new StemSet(ofPaper.SelectMany(u => u.Stems).Concat(CoverageCalculator.Stems(ofPaper[0].Passage.Hit.Chunk.Heading ?? string.Empty)));
            _papers[source] = stems;
        }

        return stems;
    }

    private StemSet? Council(string? council)
    {
        if (string.IsNullOrEmpty(council))
        {
            return null;
        }

        if (!_councils.TryGetValue(council, out var stems))
        {
            stems = CoverageCalculator.Stems(council);
            _councils[council] = stems;
        }

        return stems;
    }

    /// <summary>"(c) The inspection took place between Monday 8 November and Friday 12 November 2021" under the item
    /// "Ofsted and Care Quality Commission SEND Inspection": a unit whose subject is "the" or "this" and the heading's
    /// last word speaks of what the heading names.</summary>
    private static bool NamesItsHeading(string text, string? heading)
    {
        if (heading is null || TextTerms.Tokenize(heading) is not { Count: > 1 } words || DefiniteSubject().Match(text) is not { Success: true } subject)
        {
            return false;
        }

        return TextTerms.Stem(subject.Groups["noun"].Value) == TextTerms.Stem(words[^1]);
    }

    /// <summary>True when a minuted item's title holds a name the question asks by ("Fair Access" under "Provisions for
    /// Children Without a School Place / Fair Access"): what the minutes say under it is of that name. A report's title
    /// is not read so: its cover's fields ("Signed date") say nothing of what the title names.</summary>
    private bool HeadsTheNameAsked(Documents.Chunk chunk) =>
        chunk.PartKind == Documents.PartKind.Minutes && chunk.ItemTitle is { Length: > 0 } title
        && analysis.Phrases.Any(p => title.Contains(p, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"^\s*(\(?[a-z0-9]{1,3}[.)]\s+)?(the|this)\s+(?<noun>[A-Za-z]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DefiniteSubject();

    /// <summary>"The proposed decision was considered and endorsed at the Cabinet Committee on 21 January 2025": a unit
    /// that speaks of its own paper ("this report", "the proposed decision") is about what the paper's title names.</summary>
    [GeneratedRegex(@"\b(this|the)\s+(proposed\s+)?(report|decision|paper|proposal)\b(?!\s+(of|on|to|from|by)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PaperItself();

    /// <summary>True for a field of a form: a unit that opens with a label ("Proposed Amount: £5.6m …") or follows one
    /// ("Proposed Purpose:" then "Reverse the proposed £1.75m cut …"). A form's fields are about what its title names
    /// ("Amendment – Liberal Democrats – Highway Asset Maintenance"); the form does not repeat it beside each.</summary>
    private bool IsFormField(AnswerUnit unit)
    {
        if (LabelFirst().IsMatch(unit.Text))
        {
            return true;
        }

        _byPlace ??= units.GroupBy(u => (u.Passage.Hit.ChunkId, u.Index)).ToDictionary(g => g.Key, g => g.First());
        return _byPlace.TryGetValue((unit.Passage.Hit.ChunkId, unit.Index - 1), out var before) && LabelLast().IsMatch(before.Text);
    }

    /// <summary>A label of capitalised words and a colon opening the text, with the field's value after it.</summary>
    [GeneratedRegex(@"^\s*[A-Z][\w&/'\u2019-]*(\s+[A-Z][\w&/'\u2019-]*){0,5}\s*:\s*(-\s*)?\S")]
    private static partial Regex LabelFirst();

    /// <summary>A label of capitalised words and a colon closing the text: the field's value follows.</summary>
    [GeneratedRegex(@"(^|[\s-])[A-Z][\w&/'\u2019-]*(\s+[A-Z][\w&/'\u2019-]*){0,3}\s*:\s*(-\s*)?$")]
    private static partial Regex LabelLast();

    [GeneratedRegex(@"\bvot(e|es|ed|ing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex VoteAsked();

    /// <summary>"the voting was as follows: For (39) - Against (19)", "For: 39": a vote's count, minuted under the item
    /// it was on.</summary>
    [GeneratedRegex(@"\bvoting was as follows\b|\b(For|Against)\s*(\(\d{1,3}\)|:\s*\d{1,3}\b)", RegexOptions.IgnoreCase)]
    private static partial Regex VoteRecorded();

    [GeneratedRegex(@"\((Chair|Chairman|Chairwoman|Chairperson|in the Chair)\)|\b(Chair|Chairman|Chairwoman|Chairperson)\s*[:\u2013-]|\bin the Chair\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChairNamed();
}
