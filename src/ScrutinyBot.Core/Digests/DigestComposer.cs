using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval.Facts;

namespace ScrutinyBot.Core.Digests;

/// <summary>Composes a digest from the fact queries: resolutions from papers ingested since the last digest Teams
/// confirmed (so what an unconfirmed or failed digest held comes again) or, for a subscription's first digest, of
/// meetings in the last Digests:FirstDigestLookBackDays days; and
/// responses overdue, awaiting a full response, and due within Digests:DueSoonDays. Nothing from a meeting after
/// the as-of date is listed (a dry run as of a past date shows what was known then).</summary>
public sealed class DigestComposer(IFactQueries queries, IOptions<DigestsOptions> options)
{
    /// <param name="since">The subscription's ingestion cursor; null for a first digest, which looks back
    /// <see cref="DigestsOptions.FirstDigestLookBackDays"/> days of meetings.</param>
    /// <param name="previousMayHaveBeenPosted">The previous digest's outcome is unknown; the digest says so.</param>
    public async Task<Digest> ComposeAsync(
        DateOnly asOf, IReadOnlyCollection<string> committees, DateTimeOffset? since, CancellationToken cancellationToken, bool previousMayHaveBeenPosted = false)
    {
        var resolutions = await queries.ResolutionsIngestedAfterAsync(since ?? DateTimeOffset.MinValue, committees, cancellationToken).ConfigureAwait(false);
        var firstMeeting = since is null ? FirstDigestFrom(asOf, options.Value) : DateOnly.MinValue;
        var overdue = await queries.OverdueAsync(asOf, null, cancellationToken).ConfigureAwait(false);
        var awaiting = await queries.AwaitingFullResponseAsync(asOf, null, cancellationToken).ConfigureAwait(false);
        var dueSoon = await queries.DueSoonAsync(asOf, options.Value.DueSoonDays, null, cancellationToken).ConfigureAwait(false);
        return new Digest(
            asOf,
            resolutions.Where(r => r.MeetingDate <= asOf && r.MeetingDate >= firstMeeting).Select(ToLine).ToList(),
            Lines(overdue, asOf, committees),
            Lines(awaiting, asOf, committees),
            Lines(dueSoon, asOf, committees),
            previousMayHaveBeenPosted);
    }

    /// <summary>The earliest meeting a first digest lists resolutions of.</summary>
    public static DateOnly FirstDigestFrom(DateOnly asOf, DigestsOptions options) => asOf.AddDays(-options.FirstDigestLookBackDays);

    private static List<DigestRecommendationLine> Lines(IReadOnlyList<Recommendation> recommendations, DateOnly asOf, IReadOnlyCollection<string> committees) =>
        recommendations
            .Where(r => r.MeetingDate <= asOf && CommitteeMatcher.MatchesAny(r.Committee, committees))
            .Select(r => new DigestRecommendationLine(r.Committee, r.MeetingDate, r.Topic, r.Number, r.Text, r.Deadline, r.Response, r.Source, r.Evidence.Page)
            {
                Title = r.Evidence.Paper?.Title,
                Part = r.Evidence.Part,
                Paged = r.Evidence.Paper?.Paged ?? true,
                Link = r.Evidence.Link,
            })
            .ToList();

    private static DigestResolutionLine ToLine(Resolution r) =>
        new(r.Committee, r.MeetingDate, r.Reference, r.Item, r.Text, r.Source, r.Evidence.Page)
        {
            Title = r.Evidence.Paper?.Title,
            Part = r.Evidence.Part,
            Paged = r.Evidence.Paper?.Paged ?? true,
            Link = r.Evidence.Link,
        };
}
