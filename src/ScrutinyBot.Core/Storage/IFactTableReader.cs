namespace ScrutinyBot.Core.Storage;

/// <summary>How one storage engine reads the rows of a fact table (see <see cref="FactTables"/>).</summary>
public interface IFactTableReader
{
    Task<IReadOnlyList<T>> ReadAsync<T>(FactTable<T> table, CancellationToken cancellationToken);
}
