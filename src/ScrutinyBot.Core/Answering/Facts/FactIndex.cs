using System.Collections.Concurrent;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Answering.Facts;

/// <summary>Lookups over one fact set, built once per set (the store hands back the same set until its documents
/// change), so a fact answer reads the facts of one committee, one meeting date or one reference instead of every
/// fact the store holds: the meetings merged from all their papers, attendance by meeting date, resolutions by
/// reference, and each kind of fact by the committee a question names (worked out once per committee name).</summary>
/// <remarks>A fact with no committee of its own takes its document's for meetings (as before); resolutions, agenda
/// and work-programme entries with none match any committee.</remarks>
public sealed class FactIndex
{
    private const int MaxCachedCommittees = 256;

    private readonly Lazy<IReadOnlyList<MeetingView>> _meetings;
    private readonly Lazy<ILookup<DateOnly, Attendance>> _attendance;
    private readonly Lazy<ILookup<string, Resolution>> _byReference;
    private readonly ConcurrentDictionary<(Type Kind, string Committee), object> _byCommittee = new();
    private readonly ConcurrentDictionary<string, ILookup<MinuteKey, Resolution>> _minutes = new(StringComparer.Ordinal);

    public FactIndex(FactSet facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Facts = facts;
        Stems = new FactStems(facts);
        _meetings = new Lazy<IReadOnlyList<MeetingView>>(() => MergeMeetings(facts));
        _attendance = new Lazy<ILookup<DateOnly, Attendance>>(() => facts.Facts.Attendance.ToLookup(a => a.MeetingDate));
        _byReference = new Lazy<ILookup<string, Resolution>>(() => facts.Facts.Resolutions
            .Where(r => r.Reference is not null)
            .ToLookup(r => r.Reference!, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The fact set this index was built from.</summary>
    public FactSet Facts { get; }

    /// <summary>The stems of the set's fact texts, worked out once each.</summary>
    public FactStems Stems { get; }

    /// <summary>Every meeting as all its papers together describe it.</summary>
    public IReadOnlyList<MeetingView> Meetings => _meetings.Value;

    /// <summary>The meetings of the named committee (its full name or a part of it, either way round); all when none is named.</summary>
    public IReadOnlyList<MeetingView> MeetingsOf(string? committee) =>
        committee is null
            ? Meetings
            : Cached(committee, () => Meetings
                .Where(m => CommitteeRecognizer.IsSame(m.Committee, committee) || CommitteeRecognizer.IsSame(committee, m.Committee ?? "\u0000"))
                .ToList());

    /// <summary>Attendance recorded for meetings on this date.</summary>
    public IEnumerable<Attendance> AttendanceOn(DateOnly date) => _attendance.Value[date];

    /// <summary>Resolutions with this reference (e.g. 2024/001), in any case.</summary>
    public IReadOnlyList<Resolution> ResolutionsWithReference(string reference) => [.. _byReference.Value[reference]];

    /// <summary>Resolutions of the named committee or of none; all when no committee is named.</summary>
    public IReadOnlyList<Resolution> ResolutionsOf(string? committee) =>
        OfCommittee(Facts.Facts.Resolutions, r => r.Committee, committee);

    /// <summary>The resolutions of the named committee (or of none; all when none is named) by the minute they were
    /// made under, in the minutes' order: a decision's whole list without scanning every resolution again.</summary>
    public ILookup<MinuteKey, Resolution> MinutesOf(string? committee)
    {
        if (_minutes.Count > MaxCachedCommittees)
        {
            _minutes.Clear();
        }

        return _minutes.GetOrAdd(committee ?? string.Empty, _ => ResolutionsOf(committee).ToLookup(MinuteKey.Of));
    }

    /// <summary>Agenda items of the named committee or of none; all when no committee is named.</summary>
    public IReadOnlyList<AgendaItem> AgendaItemsOf(string? committee) =>
        OfCommittee(Facts.Facts.AgendaItems, i => i.Committee, committee);

    /// <summary>Work-programme entries of the named committee or of none; all when no committee is named.</summary>
    public IReadOnlyList<WorkProgrammeItem> WorkProgrammeOf(string? committee) =>
        OfCommittee(Facts.Facts.WorkProgramme, i => i.Committee, committee);

    private static List<MeetingView> MergeMeetings(FactSet facts)
    {
        var committeeOf = facts.Documents.GroupBy(d => d.Source).ToDictionary(g => g.Key, g => g.First().Metadata.Committee);
        return [.. MeetingView.Merge(facts.Facts.Meetings.Select(m => m.Committee is null ? m with { Committee = committeeOf.GetValueOrDefault(m.Source) } : m))];
    }

    private IReadOnlyList<T> OfCommittee<T>(IReadOnlyList<T> all, Func<T, string?> committeeOf, string? committee)
    {
        if (committee is null)
        {
            return all;
        }

        return Cached(committee, () =>
        {
            // The same few committee names recur across thousands of facts: compare each name once.
            var same = new Dictionary<string, bool>(StringComparer.Ordinal);
            return all.Where(f => committeeOf(f) is not { } name || (same.TryGetValue(name, out var known) ? known : same[name] = CommitteeRecognizer.IsSame(name, committee))).ToList();
        });
    }

    private IReadOnlyList<T> Cached<T>(string committee, Func<List<T>> build)
    {
        if (_byCommittee.Count > MaxCachedCommittees)
        {
            _byCommittee.Clear();
        }

        return (IReadOnlyList<T>)_byCommittee.GetOrAdd((typeof(T), committee), _ => build());
    }
}
