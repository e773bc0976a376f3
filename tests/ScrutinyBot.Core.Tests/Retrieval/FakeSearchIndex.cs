using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Retrieval;

/// <summary>Returns its chunks that share a word with the query, scored by how many they share.</summary>
internal sealed class FakeSearchIndex(params Chunk[] chunks) : ISearchIndex
{
    /// <summary>The queries searched; a question's filtered query runs beside its main one, so they are added under a lock.</summary>
    public List<SearchQuery> Queries { get; } = [];

    public static Chunk Chunk(string text, string source = "pack.pdf", int page = 1, DateOnly? meetingDate = null, string? committee = null, PartKind kind = PartKind.Report) =>
        new(source, 0, kind, "Report", null, page, meetingDate, committee, "Testshire County Council", text);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        lock (Queries)
        {
            Queries.Add(query);
        }

        var wanted = query.Terms.Concat(query.Phrases).SelectMany(TextTerms.Tokenize).Select(TextTerms.Stem).ToHashSet();
        IReadOnlyList<SearchHit> hits = chunks
            .Select((c, i) => new SearchHit(i + 1, c, TextTerms.Tokenize(c.Text).Select(TextTerms.Stem).Distinct().Count(wanted.Contains)))
            .Where(h => h.Score > 0)
            .OrderByDescending(h => h.Score)
            .Take(query.Limit)
            .ToList();
        return Task.FromResult(hits);
    }

    /// <summary>The next chunk in the list (ids are positions from 1) when it comes from the same source.</summary>
    public Task<IReadOnlyDictionary<long, string>> FollowingTextAsync(IReadOnlyCollection<long> chunkIds, CancellationToken cancellationToken)
    {
        IReadOnlyDictionary<long, string> following = chunkIds
            .Where(id => id < chunks.Length && chunks[id].Source == chunks[id - 1].Source)
            .ToDictionary(id => id, id => chunks[id].Text);
        return Task.FromResult(following);
    }
}
