namespace ScrutinyBot.Core.Extraction;

public enum ResponseStatus
{
    None,
    Partial,
    Responded,
}
