using Npgsql;
using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Storage.Postgres.Search;

/// <summary>The chunk columns every chunk query selects, in order, and how a row of them becomes a <see cref="Chunk"/>
/// with its paper and part as citations name them, as the embedded store reads it.</summary>
internal static class PostgresChunkRows
{
    /// <summary>id, then the chunk (source first), then its paper's title, format and path and its part's title.</summary>
    public const string Columns = """
        c.id, d.source, c.part_ordinal, c.part_kind, c.part_title, c.item_title, c.page, c.meeting_date,
        c.committee, c.council, c.text, d.title, d.format, d.source_path, p.display_title
        """;

    /// <summary>What <see cref="Columns"/> reads from besides chunks c.</summary>
    public const string Joins = """
        JOIN documents d ON d.id = c.document_id
        LEFT JOIN parts p ON p.document_id = c.document_id AND p.ordinal = c.part_ordinal
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
        reader.GetString(10))
    {
        Paper = new CitedPaper(PostgresCommand.Text(reader, 11) ?? reader.GetString(1), reader.GetString(12), reader.GetString(13)),
        PartLabel = PostgresCommand.Text(reader, 14),
    };
}
