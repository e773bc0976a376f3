using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Teams.Tests.App.Fakes;

internal sealed class FakeFactStore : IFactStore
{
    public List<Attendance> Attendance { get; } = [];

    public Task<FactSet> LoadFactsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new FactSet(DocumentFacts.Empty with { Attendance = Attendance }, []));
}
