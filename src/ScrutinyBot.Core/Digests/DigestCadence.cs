namespace ScrutinyBot.Core.Digests;

public enum DigestCadence
{
    Daily,
    Weekly,
    Monthly,
}
