using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval.Facts;

namespace ScrutinyBot.Core.Tests.Answering.Facts;

/// <summary>Returns the lists it was given and records the date and committee each query was asked with.</summary>
internal sealed class FakeFactQueries(
    IReadOnlyList<Recommendation>? overdue = null,
    IReadOnlyList<Recommendation>? awaiting = null,
    IReadOnlyList<Recommendation>? dueSoon = null) : IFactQueries
{
    public List<(string Query, DateOnly AsOf, string? Committee)> Calls { get; } = [];

    public Task<IReadOnlyList<Recommendation>> OverdueAsync(DateOnly asOf, string? committee, CancellationToken cancellationToken) =>
        Record("overdue", asOf, committee, overdue);

    public Task<IReadOnlyList<Recommendation>> AwaitingFullResponseAsync(DateOnly asOf, string? committee, CancellationToken cancellationToken) =>
        Record("awaiting", asOf, committee, awaiting);

    public Task<IReadOnlyList<Recommendation>> DueSoonAsync(DateOnly asOf, int days, string? committee, CancellationToken cancellationToken) =>
        Record("dueSoon", asOf, committee, dueSoon);

    public Task<IReadOnlyList<Resolution>> ResolutionsAsync(string? committee, DateOnly? since, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The response answers do not list resolutions.");

    public Task<IReadOnlyList<Resolution>> ResolutionsIngestedAfterAsync(DateTimeOffset ingestedAfter, IReadOnlyCollection<string> committees, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The response answers do not list resolutions.");

    public Task<Meeting?> NextMeetingAsync(DateOnly asOf, string? committee, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The response answers do not look up meetings.");

    public Task<IReadOnlyList<Meeting>> MeetingsOnAsync(DateOnly date, string? committee, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The response answers do not look up meetings.");

    private Task<IReadOnlyList<Recommendation>> Record(string query, DateOnly asOf, string? committee, IReadOnlyList<Recommendation>? result)
    {
        Calls.Add((query, asOf, committee));
        return Task.FromResult(result ?? []);
    }
}
