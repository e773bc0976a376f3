namespace ScrutinyBot.Core.Sources.ModernGov;

/// <summary>A response the sync will not use: another host, too large, unsafe XML, too many retries.</summary>
public sealed class ModernGovRefusedException : Exception
{
    public ModernGovRefusedException()
    {
    }

    public ModernGovRefusedException(string message)
        : base(message)
    {
    }

    public ModernGovRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
