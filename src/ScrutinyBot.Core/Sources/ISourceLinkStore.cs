namespace ScrutinyBot.Core.Sources;

/// <summary>Looks up the council's address of stored documents that a source fetched (source_documents).</summary>
public interface ISourceLinkStore
{
    /// <summary>Document name (what citations show as their Source) → its link, for each of <paramref name="sources"/>
    /// that a source fetched; a name that more than one address would fit is left out rather than guessed.</summary>
    Task<IReadOnlyDictionary<string, SourceLink>> FindAsync(IReadOnlyCollection<string> sources, CancellationToken cancellationToken);
}
