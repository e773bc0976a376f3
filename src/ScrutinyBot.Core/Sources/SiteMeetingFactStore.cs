using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Core.Sources;

/// <summary>The engine's facts with each synced meeting's site values winning over the text's (see
/// <see cref="SiteMeetingFacts"/>). Sits under <see cref="CachedFactStore"/>, so it runs once per store change.</summary>
public sealed class SiteMeetingFactStore(IFactStore inner, ISourceMeetingStore meetings) : IFactStore
{
    public async Task<FactSet> LoadFactsAsync(CancellationToken cancellationToken)
    {
        var set = await inner.LoadFactsAsync(cancellationToken).ConfigureAwait(false);
        var site = await meetings.ListAsync(cancellationToken).ConfigureAwait(false);
        return site.Count == 0 ? set : SiteMeetingFacts.Apply(set, site);
    }
}
