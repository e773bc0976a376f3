namespace ScrutinyBot.Core.Digests;

public enum DigestPostOutcome
{
    Posted,
    Gone,
    Failed,
}
