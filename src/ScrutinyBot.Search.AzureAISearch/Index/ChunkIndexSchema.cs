using Azure.Search.Documents.Indexes.Models;

namespace ScrutinyBot.Search.AzureAISearch.Index;

/// <summary>The chunk index as code: searchable titles, text and committee read by the English Lucene analyzer
/// (stemming, possessives), titles weighted up by the default scoring profile (as the store's own full-text index
/// weights them); the committee, meeting date, part and document filterable; and the vector field searched by HNSW
/// with cosine similarity, sized to the embedding model.</summary>
internal static class ChunkIndexSchema
{
    public const string ScoringProfile = "titles";
    public const string VectorProfile = "chunk-vectors";
    public const string VectorAlgorithm = "chunk-hnsw";

    public static SearchIndex Create(string name, int vectorDimensions)
    {
        var english = LexicalAnalyzerName.EnLucene;
        var index = new SearchIndex(name)
        {
            Fields =
            {
                new SimpleField(ChunkFields.Id, SearchFieldDataType.String) { IsKey = true, IsFilterable = true },
                new SimpleField(ChunkFields.ChunkId, SearchFieldDataType.Int64) { IsFilterable = true, IsSortable = true },
                new SimpleField(ChunkFields.DocumentId, SearchFieldDataType.Int64) { IsFilterable = true },
                new SimpleField(ChunkFields.SourcePath, SearchFieldDataType.String) { IsFilterable = true },
                new SimpleField(ChunkFields.Source, SearchFieldDataType.String),
                new SimpleField(ChunkFields.PaperTitle, SearchFieldDataType.String),
                new SimpleField(ChunkFields.Format, SearchFieldDataType.String),
                new SimpleField(ChunkFields.PartOrdinal, SearchFieldDataType.Int32) { IsFilterable = true },
                new SimpleField(ChunkFields.PartKind, SearchFieldDataType.String) { IsFilterable = true, IsFacetable = true },
                new SearchableField(ChunkFields.PartTitle) { AnalyzerName = english },
                new SimpleField(ChunkFields.PartLabel, SearchFieldDataType.String),
                new SearchableField(ChunkFields.ItemTitle) { AnalyzerName = english },
                new SimpleField(ChunkFields.ItemKey, SearchFieldDataType.String) { IsFilterable = true },
                new SimpleField(ChunkFields.Page, SearchFieldDataType.Int32),
                new SimpleField(ChunkFields.MeetingDate, SearchFieldDataType.DateTimeOffset) { IsFilterable = true, IsSortable = true },
                new SearchableField(ChunkFields.Committee) { AnalyzerName = english, IsFilterable = true, IsFacetable = true },
                new SimpleField(ChunkFields.Council, SearchFieldDataType.String) { IsFilterable = true },
                new SearchableField(ChunkFields.Text) { AnalyzerName = english },
                new VectorSearchField(ChunkFields.Vector, vectorDimensions, VectorProfile),
            },
            ScoringProfiles =
            {
                new ScoringProfile(ScoringProfile)
                {
                    TextWeights = new TextWeights(new Dictionary<string, double>
                    {
                        [ChunkFields.PartTitle] = 4.0,
                        [ChunkFields.ItemTitle] = 3.0,
                        [ChunkFields.Text] = 1.0,
                        [ChunkFields.Committee] = 1.5,
                    }),
                },
            },
            DefaultScoringProfile = ScoringProfile,
            VectorSearch = new VectorSearch
            {
                Algorithms =
                {
                    new HnswAlgorithmConfiguration(VectorAlgorithm)
                    {
                        Parameters = new HnswParameters { Metric = VectorSearchAlgorithmMetric.Cosine, M = 8, EfConstruction = 400, EfSearch = 500 },
                    },
                },
                Profiles = { new VectorSearchProfile(VectorProfile, VectorAlgorithm) },
            },
        };
        return index;
    }
}
