using ScrutinyBot.Teams.App.Feedback;

namespace ScrutinyBot.Storage.Postgres.Teams;

/// <summary>Votes on answers in PostgreSQL.</summary>
public sealed class PostgresFeedbackStore(PostgresDatabase database, TimeProvider timeProvider) : IFeedbackStore
{
    private const int MaxTextChars = 2_000;

    public async Task SaveAsync(FeedbackVote vote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vote);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, """
            INSERT INTO feedback (conversation_id, activity_id, user_id, reaction, question, comment, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """, vote.ConversationId, vote.ActivityId, vote.UserId, vote.Reaction, Limit(vote.Question), Limit(vote.Comment), timeProvider.GetUtcNow());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<FeedbackVote>> ListAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = PostgresCommand.Create(connection, null, """
            SELECT conversation_id, activity_id, user_id, reaction, question, comment
            FROM feedback WHERE conversation_id = $1 ORDER BY id
            """, conversationId);
        var votes = new List<FeedbackVote>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            votes.Add(new FeedbackVote(reader.GetString(0), PostgresCommand.Text(reader, 1), PostgresCommand.Text(reader, 2), reader.GetString(3),
                PostgresCommand.Text(reader, 4), PostgresCommand.Text(reader, 5)));
        }

        return votes;
    }

    private static string? Limit(string? text) => text is { Length: > MaxTextChars } ? text[..MaxTextChars] : text;
}
