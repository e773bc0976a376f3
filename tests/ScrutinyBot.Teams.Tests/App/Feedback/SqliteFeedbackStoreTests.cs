using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Core.Storage.Sqlite;
using ScrutinyBot.Teams.App.Feedback;

namespace ScrutinyBot.Teams.Tests.App.Feedback;

public sealed class SqliteFeedbackStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "scrutinybot-feedback-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteFeedbackStore _sut;

    public SqliteFeedbackStoreTests()
    {
        var connections = new SqliteConnectionFactory(Options.Create(new StorageOptions { DataDirectory = _directory }));
        _sut = new SqliteFeedbackStore(connections, new FakeTimeProvider(new DateTimeOffset(2025, 2, 1, 9, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public async Task SaveAsync_Votes_AreListedPerConversationInOrder()
    {
        await _sut.SaveAsync(new FeedbackVote("c1", "a1", "u1", FeedbackReactions.Helpful, "who chaired?", null), CancellationToken.None);
        await _sut.SaveAsync(new FeedbackVote("c2", null, null, FeedbackReactions.NotHelpful, null, null), CancellationToken.None);
        await _sut.SaveAsync(new FeedbackVote("c1", "a2", "u1", FeedbackReactions.NotHelpful, "when?", "wrong date"), CancellationToken.None);

        var votes = await _sut.ListAsync("c1", CancellationToken.None);

        Assert.Equal(2, votes.Count);
        Assert.Equal(new FeedbackVote("c1", "a1", "u1", "helpful", "who chaired?", null), votes[0]);
        Assert.Equal("wrong date", votes[1].Comment);
    }

    [Fact]
    public async Task SaveAsync_VeryLongComment_IsKeptShort()
    {
        await _sut.SaveAsync(new FeedbackVote("c1", null, null, FeedbackReactions.Helpful, null, new string('z', 50_000)), CancellationToken.None);

        var vote = Assert.Single(await _sut.ListAsync("c1", CancellationToken.None));
        Assert.Equal(2_000, vote.Comment!.Length);
    }

    [Theory]
    [InlineData("like", "helpful")]
    [InlineData("Helpful", "helpful")]
    [InlineData("dislike", "not-helpful")]
    [InlineData("not-helpful", "not-helpful")]
    [InlineData("meh", null)]
    public void Normalise_Reaction_MapsTeamsWords(string value, string? expected)
    {
        Assert.Equal(expected, FeedbackReactions.Normalise(value));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
