namespace ScrutinyBot.Core.Tests.Retrieval.Embeddings.MiniLM;

/// <summary>Tests that need the real local model share one loaded copy.</summary>
[CollectionDefinition(Name)]
public sealed class MiniLMCollection : ICollectionFixture<MiniLMFixture>
{
    public const string Name = "MiniLM model";
}
