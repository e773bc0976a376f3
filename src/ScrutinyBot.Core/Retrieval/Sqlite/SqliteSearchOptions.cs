using System.ComponentModel.DataAnnotations;

namespace ScrutinyBot.Core.Retrieval.Sqlite;

/// <summary>Settings of the embedded search engine (section <c>Search:Sqlite</c>).</summary>
public sealed class SqliteSearchOptions
{
    public const string SectionName = "Search:Sqlite";

    /// <summary>The most full-text matches one search scores by BM25: a fixed number, whatever the store's size. When a
    /// search matches more chunks, only the newest matches are scored (chunks are numbered as they are ingested), and a
    /// search's filters choose among those. Default 5,000 (every match
    /// in a store of a few thousand chunks, such as one council's year of papers).</summary>
    [Range(100, 1_000_000)]
    public int MaxScoredChunks { get; set; } = 5_000;
}
