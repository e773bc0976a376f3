using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Answering.Links;

/// <summary>The facts with each one's evidence linked to its published paper (<see cref="EvidenceLinker"/>), so fact
/// lists on cards and digests can open the paper as answers' citations do. Sits under <see cref="CachedFactStore"/>,
/// so the look-up runs once per store change.</summary>
public sealed class LinkedFactStore(IFactStore inner, EvidenceLinker linker) : IFactStore
{
    public async Task<FactSet> LoadFactsAsync(CancellationToken cancellationToken) =>
        await linker.LinkAsync(await inner.LoadFactsAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
}
