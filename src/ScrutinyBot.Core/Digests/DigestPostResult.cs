namespace ScrutinyBot.Core.Digests;

/// <param name="Reason">For Gone, Failed and Unknown: a short reason fit to show an admin (no exception text).</param>
public sealed record DigestPostResult(DigestPostOutcome Outcome, string? ActivityId, string? Reason)
{
    public static DigestPostResult Posted(string? activityId) => new(DigestPostOutcome.Posted, activityId, null);

    public static DigestPostResult Gone(string reason) => new(DigestPostOutcome.Gone, null, reason);

    public static DigestPostResult Failed(string reason) => new(DigestPostOutcome.Failed, null, reason);

    public static DigestPostResult Unknown(string reason) => new(DigestPostOutcome.Unknown, null, reason);
}
