using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Retrieval.Facts;

/// <summary>Answers fact questions by filtering the facts the store holds. A fact with no committee of its own takes
/// the committee of the document it came from, so a committee filter still finds it.</summary>
/// <remarks>The store hands back the same fact set until its documents change (<see cref="CachedFactStore"/>); the
/// index built over it is kept for as long as that set is.</remarks>
public sealed class FactQueries(IFactStore factStore) : IFactQueries
{
    private IndexedFacts? _indexed;

    public async Task<IReadOnlyList<Recommendation>> OverdueAsync(DateOnly asOf, string? committee, CancellationToken cancellationToken)
    {
        var facts = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Recommendations(facts, committee)
            .Where(r => ResponseDeadlines.IsOverdue(r, asOf))
            .OrderBy(r => r.Deadline).ThenBy(r => r.MeetingDate)
            .ToList();
    }

    public async Task<IReadOnlyList<Recommendation>> AwaitingFullResponseAsync(DateOnly asOf, string? committee, CancellationToken cancellationToken)
    {
        var facts = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Recommendations(facts, committee)
            .Where(r => ResponseDeadlines.IsAwaitingFullResponse(r, asOf))
            .OrderBy(r => r.Deadline).ThenBy(r => r.MeetingDate)
            .ToList();
    }

    public async Task<IReadOnlyList<Recommendation>> DueSoonAsync(DateOnly asOf, int days, string? committee, CancellationToken cancellationToken)
    {
        var facts = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Recommendations(facts, committee)
            .Where(r => ResponseDeadlines.IsDueSoon(r, asOf, days))
            .OrderBy(r => r.Deadline).ThenBy(r => r.MeetingDate)
            .ToList();
    }

    public async Task<IReadOnlyList<Resolution>> ResolutionsAsync(string? committee, DateOnly? since, CancellationToken cancellationToken)
    {
        var facts = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return facts.ResolutionsOf(committee)
            .Where(r => since is null || r.MeetingDate >= since)
            .OrderByDescending(r => r.MeetingDate)
            .ToList();
    }

    public async Task<IReadOnlyList<Resolution>> ResolutionsIngestedAfterAsync(DateTimeOffset ingestedAfter, IReadOnlyCollection<string> committees, CancellationToken cancellationToken)
    {
        var facts = await LoadAsync(cancellationToken).ConfigureAwait(false);
        return facts.Resolutions
            .Where(r => facts.IngestedAt(r.Source) > ingestedAfter)
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

    private static IReadOnlyList<Recommendation> Recommendations(IndexedFacts facts, string? committee) =>
        facts.RecommendationsOf(committee);

    private static IReadOnlyList<Meeting> Meetings(IndexedFacts facts, string? committee) =>
        facts.MeetingsOf(committee);

    private async Task<IndexedFacts> LoadAsync(CancellationToken cancellationToken)
    {
        var set = await factStore.LoadFactsAsync(cancellationToken).ConfigureAwait(false);
        if (Volatile.Read(ref _indexed) is { } indexed && ReferenceEquals(indexed.Set, set))
        {
            return indexed;
        }

        var rebuilt = new IndexedFacts(set);
        Volatile.Write(ref _indexed, rebuilt);
        return rebuilt;
    }
}
