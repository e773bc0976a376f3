namespace ScrutinyBot.Storage.Postgres.Migration;

/// <summary>One table copied from SQLite to PostgreSQL: its columns, and what to select for each on the SQLite side
/// (the column itself unless a column has an expression, e.g. a chunk's reading order).</summary>
internal sealed record CopiedTable(string Name, IReadOnlyList<(string Column, ColumnKind Kind, string? SqliteExpression)> Columns, bool HasIdentity)
{
    public static CopiedTable Of(string name, bool hasIdentity, params (string Column, ColumnKind Kind)[] columns) =>
        new(name, [.. columns.Select(c => (c.Column, c.Kind, (string?)null))], hasIdentity);
}
