using ScrutinyBot.Core.Storage;
using ScrutinyBot.Storage.Tests.Engines;

namespace ScrutinyBot.Storage.Tests.Contracts;

/// <summary>Versioned schemas: a store records its version; one written by a newer build is refused, untouched.</summary>
public abstract class SchemaVersionContract : StoreContract
{
    /// <summary>The newest version this build of the engine knows.</summary>
    protected abstract int NewestVersion { get; }

    /// <summary>The version the store records.</summary>
    protected abstract Task<int> ReadVersionAsync(StoreUnderTest store);

    [Fact]
    public async Task Open_NewStore_RecordsNewestVersion()
    {
        await Store.Documents.ListDocumentsAsync(None);

        Assert.Equal(NewestVersion, await ReadVersionAsync(Store));
    }

    [Fact]
    public async Task Open_StoreOfANewerBuild_RefusesWithClearMessageAndChangesNothing()
    {
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "kept"), None);
        await Store.SetSchemaVersionAsync(NewestVersion + 1);
        await using var older = await Store.ReopenAsync(Clock);

        var ex = await Assert.ThrowsAsync<StoreSchemaTooNewException>(() => older.Documents.ListDocumentsAsync(None));

        Assert.Contains($"schema version {NewestVersion + 1}", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"up to {NewestVersion}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("newer ScrutinyBot", ex.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<StoreSchemaTooNewException>(() => older.Outbox.UnsentAsync(None));
        await Store.SetSchemaVersionAsync(NewestVersion);
        Assert.Single(await Store.Documents.ListDocumentsAsync(None));
    }

    [Fact]
    public async Task Open_CurrentStoreAgain_KeepsDataAndVersion()
    {
        await Store.Documents.SaveAsync(TestDocuments.WithEveryFact("v1", "kept"), None);
        await using var again = await Store.ReopenAsync(Clock);

        Assert.Single(await again.Documents.ListDocumentsAsync(None));
        Assert.Equal(NewestVersion, await ReadVersionAsync(again));
    }
}
