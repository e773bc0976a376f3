using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Retrieval.Facts;

/// <summary>Questions answered from the extracted facts rather than from text: what is overdue, what was resolved,
/// when the next meeting is. Shared by answers, commands and digests so they agree.</summary>
/// <remarks>A committee filter matches loosely: "CYP", "children and young people" or the full name.</remarks>
public interface IFactQueries
{
    /// <summary>Recommendations whose deadline for response is before <paramref name="asOf"/> with no response recorded.</summary>
    Task<IReadOnlyList<Recommendation>> OverdueAsync(DateOnly asOf, string? committee, CancellationToken cancellationToken);

    /// <summary>Recommendations past their deadline with only a partial (holding) response.</summary>
    Task<IReadOnlyList<Recommendation>> AwaitingFullResponseAsync(DateOnly asOf, string? committee, CancellationToken cancellationToken);

    /// <summary>Recommendations with no response whose deadline falls within <paramref name="days"/> days from <paramref name="asOf"/>.</summary>
    Task<IReadOnlyList<Recommendation>> DueSoonAsync(DateOnly asOf, int days, string? committee, CancellationToken cancellationToken);

    /// <summary>Resolutions, newest meeting first, optionally of one committee and from meetings on or after <paramref name="since"/>.</summary>
    Task<IReadOnlyList<Resolution>> ResolutionsAsync(string? committee, DateOnly? since, CancellationToken cancellationToken);

    /// <summary>Resolutions from documents ingested after <paramref name="ingestedAfter"/> (the digest cursor).</summary>
    Task<IReadOnlyList<Resolution>> ResolutionsIngestedAfterAsync(DateTimeOffset ingestedAfter, IReadOnlyCollection<string> committees, CancellationToken cancellationToken);

    /// <summary>The first meeting on or after <paramref name="asOf"/>.</summary>
    Task<Meeting?> NextMeetingAsync(DateOnly asOf, string? committee, CancellationToken cancellationToken);

    /// <summary>Meetings held on a date, with everything known about them.</summary>
    Task<IReadOnlyList<Meeting>> MeetingsOnAsync(DateOnly date, string? committee, CancellationToken cancellationToken);
}
