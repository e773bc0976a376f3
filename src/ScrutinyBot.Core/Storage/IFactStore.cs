namespace ScrutinyBot.Core.Storage;

/// <summary>Reads the extracted facts.</summary>
public interface IFactStore
{
    Task<FactSet> LoadFactsAsync(CancellationToken cancellationToken);
}
