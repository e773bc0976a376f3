namespace ScrutinyBot.Core.Storage;

/// <summary>The store was written by a newer build (its schema version is above the newest this build knows): it is
/// left untouched and the host refuses to start rather than misread or damage it.</summary>
public sealed class StoreSchemaTooNewException : InvalidOperationException
{
    public StoreSchemaTooNewException(string store, int found, int newestKnown)
        : base($"The store {store} has schema version {found}, but this build of ScrutinyBot knows versions up to {newestKnown}. " +
               "It was written by a newer ScrutinyBot: run that version (or newer) against it; nothing was changed.")
    {
        Store = store;
        Found = found;
        NewestKnown = newestKnown;
    }

    public StoreSchemaTooNewException()
    {
        Store = string.Empty;
    }

    public StoreSchemaTooNewException(string message)
        : base(message)
    {
        Store = string.Empty;
    }

    public StoreSchemaTooNewException(string message, Exception innerException)
        : base(message, innerException)
    {
        Store = string.Empty;
    }

    /// <summary>Where the store is (file path or database).</summary>
    public string Store { get; }

    public int Found { get; }

    public int NewestKnown { get; }
}
