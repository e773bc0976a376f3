using ScrutinyBot.Core.Answering.Links;
using ScrutinyBot.Core.Sources;
using ScrutinyBot.Core.Storage;

namespace ScrutinyBot.Host.Storage;

/// <summary>How every engine's facts reach answers, commands and digests: the engine's facts, with synced sites'
/// meeting details winning over the text's, each fact linked to its published paper (when the composition has the
/// link look-ups), in the one in-memory cache reloaded when the store generation moves.</summary>
internal static class FactStoreChain
{
    public static IFactStore Create(IServiceProvider services, IFactStore engine)
    {
        IFactStore facts = new SiteMeetingFactStore(engine, services.GetRequiredService<ISourceMeetingStore>());
        if (services.GetService<ISourceLinkStore>() is { } links && services.GetService<CitationLinker>() is { } folders)
        {
            facts = new LinkedFactStore(facts, new EvidenceLinker(links, folders));
        }

        return new CachedFactStore(facts, services.GetRequiredService<IStoreGeneration>());
    }
}
