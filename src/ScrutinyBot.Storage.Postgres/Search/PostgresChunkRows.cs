using Npgsql;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Storage.Postgres.Search;

/// <summary>The chunk columns every chunk query selects, in order, and how a row of them becomes a <see cref="Chunk"/>.</summary>
internal static class PostgresChunkRows
{
    /// <summary>id, then the chunk (source first), from chunks c joined to documents d.</summary>
    public const string Columns = """
        c.id, d.source, c.part_ordinal, c.part_kind, c.part_title, c.item_title, c.page, c.meeting_date,
        c.committee, c.council, c.text
        """;

    public static Chunk Read(NpgsqlDataReader reader) => new(
        reader.GetString(1),
        reader.GetInt32(2),
        Enum.TryParse<PartKind>(reader.GetString(3), ignoreCase: true, out var kind) ? kind : PartKind.Other,
        reader.GetString(4),
        PostgresCommand.Text(reader, 5),
        reader.GetInt32(6),
        PostgresCommand.Date(reader, 7),
        PostgresCommand.Text(reader, 8),
        PostgresCommand.Text(reader, 9),
        reader.GetString(10));
}
