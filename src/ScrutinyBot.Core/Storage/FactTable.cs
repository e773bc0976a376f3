using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Storage;

/// <summary>A fact table: its name, the columns a fact is read from (aliased <c>f.</c>) and how a row and its evidence
/// become the fact.</summary>
public sealed record FactTable<T>(string Table, string Columns, Func<IFactRow, Evidence, T> Map)
{
    /// <summary>How many columns the fact takes, before the evidence columns each engine reads after them.</summary>
    public int ColumnCount => Columns.Split(',').Length;
}
