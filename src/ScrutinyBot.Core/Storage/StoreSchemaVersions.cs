namespace ScrutinyBot.Core.Storage;

/// <summary>The rule every engine's migrator follows: a store at an older version is upgraded in place, one step at a
/// time in order; a store at a newer version than this build knows is refused.</summary>
public static class StoreSchemaVersions
{
    /// <summary>The versions to apply to a store at <paramref name="found"/> to reach <paramref name="newestKnown"/>.</summary>
    /// <exception cref="StoreSchemaTooNewException">The store is newer than this build.</exception>
    public static IEnumerable<int> StepsFrom(int found, int newestKnown, string store) =>
        found > newestKnown
            ? throw new StoreSchemaTooNewException(store, found, newestKnown)
            : Enumerable.Range(found + 1, newestKnown - found);
}
