using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Retrieval.Facts;

/// <summary>
/// The one meaning of "overdue" that chat answers, commands and digests share: a recommendation is overdue when its
/// deadline for response has passed and no response at all is recorded. One with only a partial (holding) reply
/// past its deadline is not overdue but "awaiting a full response", listed separately everywhere.
/// </summary>
public static class ResponseDeadlines
{
    public const string OverdueHeading = "Overdue (past the deadline, no response)";
    public const string AwaitingHeading = "Awaiting a full response (only a partial reply)";

    public static bool IsOverdue(Recommendation r, DateOnly asOf) =>
        r.ResponseStatus == ResponseStatus.None && r.Deadline < asOf;

    public static bool IsAwaitingFullResponse(Recommendation r, DateOnly asOf) =>
        r.ResponseStatus == ResponseStatus.Partial && r.Deadline < asOf;

    /// <summary>No response yet, and due from today to <paramref name="days"/> days ahead.</summary>
    public static bool IsDueSoon(Recommendation r, DateOnly asOf, int days) =>
        r.ResponseStatus == ResponseStatus.None && r.Deadline >= asOf && r.Deadline <= asOf.AddDays(days);

    /// <summary>"2 overdue, 3 awaiting a full response": the same words in chat, commands and digests.</summary>
    public static string Summary(int overdue, int awaiting) => $"{overdue} overdue, {awaiting} awaiting a full response";
}
