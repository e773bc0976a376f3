using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Retrieval.Facts;

/// <summary>Answers fact questions by filtering the facts the store holds. A fact with no committee of its own takes
/// the committee of the document it came from, so a committee filter still finds it.</summary>
public sealed class FactQueries(IFactStore factStore) : IFactQueries
{
    public async Task<IReadOnlyList<Recommendation>> OverdueAsync(DateOnly asOf, string? committee, CancellationToken cancellationToken)
    {
        var facts = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Recommendations(facts, committee)
            .Where(r => r.ResponseStatus == ResponseStatus.None && r.Deadline < asOf)
            .OrderBy(r => r.Deadline).ThenBy(r => r.MeetingDate)
            .ToList();
    }

    public async Task<IReadOnlyList<Recommendation>> AwaitingFullResponseAsync(DateOnly asOf, string? committee, CancellationToken cancellationToken)
    {
        var facts = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Recommendations(facts, committee)
            .Where(r => r.ResponseStatus == ResponseStatus.Partial && r.Deadline < asOf)
            .OrderBy(r => r.Deadline).ThenBy(r => r.MeetingDate)
            .ToList();
    }

    public async Task<IReadOnlyList<Recommendation>> DueSoonAsync(DateOnly asOf, int days, string? committee, CancellationToken cancellationToken)
    {
        var facts = await LoadAsync(cancellationToken).ConfigureAwait(false);
        var last = asOf.AddDays(days);
        return Recommendations(facts, committee)
            .Where(r => r.ResponseStatus == ResponseStatus.None && r.Deadline >= asOf && r.Deadline <= last)
            .OrderBy(r => r.Deadline).ThenBy(r => r.MeetingDate)
            .ToList();
    }

    public async Task<IReadOnlyList<Resolution>> ResolutionsAsync(string? committee, DateOnly? since, CancellationToken cancellationToken)
    {
        var facts = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return facts.Facts.Resolutions
            .Select(r => r.Committee is null ? r with { Committee = facts.CommitteeOf(r.Source) } : r)
            .Where(r => CommitteeMatcher.Matches(r.Committee, committee) && (since is null || r.MeetingDate >= since))
            .OrderByDescending(r => r.MeetingDate)
            .ToList();
    }

    public async Task<IReadOnlyList<Resolution>> ResolutionsIngestedAfterAsync(DateTimeOffset ingestedAfter, IReadOnlyCollection<string> committees, CancellationToken cancellationToken)
    {
        var facts = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return facts.Facts.Resolutions
            .Where(r => facts.IngestedAt(r.Source) > ingestedAfter)
            .Select(r => r.Committee is null ? r with { Committee = facts.CommitteeOf(r.Source) } : r)
            .Where(r => CommitteeMatcher.MatchesAny(r.Committee, committees))
            .OrderByDescending(r => r.MeetingDate)
            .ToList();
    }

    public async Task<Meeting?> NextMeetingAsync(DateOnly asOf, string? committee, CancellationToken cancellationToken)
    {
        var facts = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Meetings(facts, committee)
            .Where(m => m.Date >= asOf)
            .OrderBy(m => m.Date).ThenBy(m => m.Start)
            .FirstOrDefault();
    }

    public async Task<IReadOnlyList<Meeting>> MeetingsOnAsync(DateOnly date, string? committee, CancellationToken cancellationToken)
    {
        var facts = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Meetings(facts, committee)
            .Where(m => m.Date == date)
            .OrderBy(m => m.Start).ThenBy(m => m.Committee, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    private static IEnumerable<Recommendation> Recommendations(IndexedFacts facts, string? committee) =>
        facts.Facts.Recommendations
            .Select(r => r.Committee is null ? r with { Committee = facts.CommitteeOf(r.Source) } : r)
            .Where(r => CommitteeMatcher.Matches(r.Committee, committee));

    private static IEnumerable<Meeting> Meetings(IndexedFacts facts, string? committee) =>
        facts.Facts.Meetings
            .Select(m => m.Committee is null ? m with { Committee = facts.CommitteeOf(m.Source) } : m)
            .Where(m => CommitteeMatcher.Matches(m.Committee, committee));

    private async Task<IndexedFacts> LoadAsync(CancellationToken cancellationToken) =>
        new(await factStore.LoadFactsAsync(cancellationToken).ConfigureAwait(false));
}
