using System.Globalization;
using Microsoft.Data.Sqlite;
using ScrutinyBot.Core.Storage.Sqlite;

namespace ScrutinyBot.Teams.App.Feedback;

/// <summary>Feedback in the embedded store's feedback table.</summary>
public sealed class SqliteFeedbackStore(SqliteConnectionFactory connections, TimeProvider timeProvider) : IFeedbackStore
{
    private const int MaxTextChars = 2_000;

    public async Task SaveAsync(FeedbackVote vote, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feedback (conversation_id, activity_id, user_id, reaction, question, comment, created_at)
            VALUES ($conversation, $activity, $user, $reaction, $question, $comment, $created)
            """;
        command.Parameters.AddWithValue("$conversation", vote.ConversationId);
        command.Parameters.AddWithValue("$activity", (object?)vote.ActivityId ?? DBNull.Value);
        command.Parameters.AddWithValue("$user", (object?)vote.UserId ?? DBNull.Value);
        command.Parameters.AddWithValue("$reaction", vote.Reaction);
        command.Parameters.AddWithValue("$question", (object?)Limit(vote.Question) ?? DBNull.Value);
        command.Parameters.AddWithValue("$comment", (object?)Limit(vote.Comment) ?? DBNull.Value);
        command.Parameters.AddWithValue("$created", timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FeedbackVote>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT conversation_id, activity_id, user_id, reaction, question, comment
            FROM feedback WHERE conversation_id = $conversation ORDER BY id
            """;
        command.Parameters.AddWithValue("$conversation", conversationId);
        var votes = new List<FeedbackVote>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            votes.Add(new FeedbackVote(reader.GetString(0), Nullable(reader, 1), Nullable(reader, 2), reader.GetString(3), Nullable(reader, 4), Nullable(reader, 5)));
        }

        return votes;
    }

    private static string? Nullable(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static string? Limit(string? text) => text is { Length: > MaxTextChars } ? text[..MaxTextChars] : text;
}
