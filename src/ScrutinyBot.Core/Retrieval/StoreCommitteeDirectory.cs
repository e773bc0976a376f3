using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Retrieval;

/// <summary>The committee names the store knows, from documents and meetings, read again only when the store's
/// documents change. The same for every engine: an engine supplies only how to run <see cref="Sql"/> (one text column).</summary>
public sealed class StoreCommitteeDirectory(IStoreGeneration generation, Func<string, CancellationToken, Task<IReadOnlyList<string>>> readNames)
    : ICommitteeDirectory
{
    /// <summary>The names, in SQL both engines read alike.</summary>
    public const string Sql = """
        SELECT committee FROM documents WHERE committee IS NOT NULL AND committee <> ''
        UNION SELECT committee FROM meetings WHERE committee IS NOT NULL AND committee <> ''
        """;

    private readonly StoreSnapshotCache<IReadOnlyList<string>> _cache = new(generation, cancellationToken => readNames(Sql, cancellationToken));

    public Task<IReadOnlyList<string>> CommitteesAsync(CancellationToken cancellationToken) => _cache.GetAsync(cancellationToken);
}
