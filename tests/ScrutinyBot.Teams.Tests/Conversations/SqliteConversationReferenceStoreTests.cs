using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Teams.Conversations;
using ScrutinyBot.Teams.Protocol;
using ScrutinyBot.Teams.Tests.TestSupport;

namespace ScrutinyBot.Teams.Tests.Conversations;

public sealed class SqliteConversationReferenceStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sb-refs-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteConversationReferenceStore _sut;

    public SqliteConversationReferenceStoreTests()
    {
        var connections = new SqliteConnectionFactory(Options.Create(new StorageOptions { DataDirectory = _directory }));
        _sut = new SqliteConversationReferenceStore(connections, new FakeTimeProvider());
    }

    [Fact]
    public async Task SaveAsync_ThenFind_ReturnsReference()
    {
        await _sut.SaveAsync(Activities.Message(conversationId: "19:x@thread.tacv2").GetConversationReference(), default);

        var found = await _sut.FindAsync("19:x@thread.tacv2", default);

        Assert.Equal("28:bot", found!.Bot!.Id);
        Assert.Equal(Activities.ServiceUrl, found.ServiceUrl);
    }

    [Fact]
    public async Task SaveAsync_SameConversationTwice_KeepsLatest()
    {
        var first = Activities.Message().GetConversationReference();
        var second = Activities.Message().GetConversationReference();
        second.ServiceUrl = "https://smba.trafficmanager.net/emea/";

        await _sut.SaveAsync(first, default);
        await _sut.SaveAsync(second, default);

        Assert.Equal("https://smba.trafficmanager.net/emea/", (await _sut.FindAsync("a:personal-1", default))!.ServiceUrl);
    }

    [Fact]
    public async Task FindAsync_Unknown_ReturnsNull() => Assert.Null(await _sut.FindAsync("nope", default));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
