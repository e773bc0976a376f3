namespace ScrutinyBot.Core.Retrieval;

/// <summary>The names of the committees the indexed papers belong to (learnt from the papers, never hard-coded).</summary>
public interface ICommitteeDirectory
{
    Task<IReadOnlyList<string>> CommitteesAsync(CancellationToken cancellationToken);
}
