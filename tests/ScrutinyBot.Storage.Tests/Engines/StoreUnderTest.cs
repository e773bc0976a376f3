using ScrutinyBot.Core.Digests;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Retrieval.Spelling;
using ScrutinyBot.Core.Sources;
using ScrutinyBot.Core.Storage;
using ScrutinyBot.Teams.App.Feedback;
using ScrutinyBot.Teams.Conversations;

namespace ScrutinyBot.Storage.Tests.Engines;

/// <summary>A fresh, empty store of one engine, with that engine's class for every seam.</summary>
public abstract class StoreUnderTest : IAsyncDisposable
{
    public abstract string Engine { get; }

    public required IDocumentStore Documents { get; init; }

    public required IFactStore Facts { get; init; }

    public required IStoreGeneration Generation { get; init; }

    public required ISearchIndex Search { get; init; }

    public required ICommitteeDirectory Committees { get; init; }

    public required IIndexVocabulary Vocabulary { get; init; }

    public required IChunkVectorStore Vectors { get; init; }

    public required ISubscriptionStore Subscriptions { get; init; }

    public required IDigestOutbox Outbox { get; init; }

    public required ISourceStateStore Sources { get; init; }

    public required ISourceLeaseStore Leases { get; init; }

    public required ISourceLinkStore Links { get; init; }

    public required ISourceMeetingStore SiteMeetings { get; init; }

    public required IConversationReferenceStore ConversationReferences { get; init; }

    public required IFeedbackStore Feedback { get; init; }

    /// <summary>Sets the store's recorded schema version (to test what an older build does with a newer store).</summary>
    public abstract Task SetSchemaVersionAsync(int version);

    /// <summary>Opens the same store again, as a new process would (fresh connections, schema check on first use).</summary>
    public abstract Task<StoreUnderTest> ReopenAsync(TimeProvider clock);

    public abstract ValueTask DisposeAsync();
}
