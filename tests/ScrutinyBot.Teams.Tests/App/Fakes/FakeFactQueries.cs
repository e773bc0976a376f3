using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval.Facts;

namespace ScrutinyBot.Teams.Tests.App.Fakes;

/// <summary>Returns what the test put in, and records the arguments it was asked with.</summary>
internal sealed class FakeFactQueries : IFactQueries
{
    public List<Recommendation> Overdue { get; } = [];
    public List<Recommendation> Partial { get; } = [];
    public List<Recommendation> DueSoon { get; } = [];
    public List<Resolution> Resolutions { get; } = [];
    public List<Meeting> Meetings { get; } = [];
    public List<string> Calls { get; } = [];

    public Task<IReadOnlyList<Recommendation>> OverdueAsync(DateOnly asOf, string? committee, CancellationToken cancellationToken) =>
        Record<IReadOnlyList<Recommendation>>($"overdue {asOf:yyyy-MM-dd} {committee}", Overdue);

    public Task<IReadOnlyList<Recommendation>> AwaitingFullResponseAsync(DateOnly asOf, string? committee, CancellationToken cancellationToken) =>
        Record<IReadOnlyList<Recommendation>>($"partial {asOf:yyyy-MM-dd} {committee}", Partial);

    public Task<IReadOnlyList<Recommendation>> DueSoonAsync(DateOnly asOf, int days, string? committee, CancellationToken cancellationToken) =>
        Record<IReadOnlyList<Recommendation>>($"due {asOf:yyyy-MM-dd} {days} {committee}", DueSoon);

    public Task<IReadOnlyList<Resolution>> ResolutionsAsync(string? committee, DateOnly? since, CancellationToken cancellationToken) =>
        Record<IReadOnlyList<Resolution>>($"resolutions {committee} {since:yyyy-MM-dd}", Resolutions.Where(r => since is null || r.MeetingDate >= since).ToList());

    public Task<IReadOnlyList<Resolution>> ResolutionsIngestedAfterAsync(DateTimeOffset ingestedAfter, IReadOnlyCollection<string> committees, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Resolution>>(Resolutions);

    public Task<Meeting?> NextMeetingAsync(DateOnly asOf, string? committee, CancellationToken cancellationToken) =>
        Record($"next {asOf:yyyy-MM-dd} {committee}", Meetings.Where(m => m.Date >= asOf).OrderBy(m => m.Date).FirstOrDefault());

    public Task<IReadOnlyList<Meeting>> MeetingsOnAsync(DateOnly date, string? committee, CancellationToken cancellationToken) =>
        Record<IReadOnlyList<Meeting>>($"on {date:yyyy-MM-dd} {committee}", Meetings.Where(m => m.Date == date).ToList());

    private Task<T> Record<T>(string call, T result)
    {
        Calls.Add(call.TrimEnd());
        return Task.FromResult(result);
    }
}
