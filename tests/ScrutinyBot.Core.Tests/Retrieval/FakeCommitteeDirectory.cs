using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Tests.Retrieval;

internal sealed class FakeCommitteeDirectory(params string[] names) : ICommitteeDirectory
{
    public Task<IReadOnlyList<string>> CommitteesAsync(CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<string>>(names);
}
