using ScrutinyBot.Core.Retrieval.Sqlite;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Core.Tests.Retrieval.Sqlite;

public sealed class SqliteCommitteeDirectoryTests : IDisposable
{
    private readonly SqliteTestStore _store = new();
    private readonly SqliteCommitteeDirectory _sut;

    public SqliteCommitteeDirectoryTests()
    {
        _sut = new SqliteCommitteeDirectory(_store.Connections, new SqliteStoreGeneration(_store.Connections));
    }

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task CommitteesAsync_AfterAnotherDocument_IncludesItsCommittee()
    {
        await _store.AddDocumentAsync("a.pdf", committee: "Adults Select Committee");
        var before = await _sut.CommitteesAsync(CancellationToken.None);

        await _store.AddDocumentAsync("b.pdf", committee: "Health Board");
        var after = await _sut.CommitteesAsync(CancellationToken.None);

        Assert.Equal(["Adults Select Committee"], before);
        Assert.Equal(["Adults Select Committee", "Health Board"], after.Order(StringComparer.Ordinal));
    }
}
