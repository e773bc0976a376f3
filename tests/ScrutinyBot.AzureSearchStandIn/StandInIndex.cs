using System.Numerics.Tensors;
using System.Text.Json.Nodes;

namespace ScrutinyBot.StandIns.AzureSearch;

/// <summary>One index: its definition and documents, the index actions (upload, merge, mergeOrUpload, delete) and
/// search (text by BM25, vectors by cosine top-k, both merged by reciprocal rank fusion, filters applied first).</summary>
internal sealed class StandInIndex(IndexDefinition definition)
{
    private const int RrfK = 60;
    private readonly Dictionary<string, JsonObject> _documents = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public IndexDefinition Definition { get; set; } = definition;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _documents.Count;
            }
        }
    }

    /// <returns>Per action: key, succeeded, status code, error.</returns>
    public List<(string Key, bool Ok, int Status, string? Error)> Apply(JsonArray actions)
    {
        var results = new List<(string, bool, int, string?)>();
        lock (_gate)
        {
            foreach (var action in actions.OfType<JsonObject>())
            {
                var kind = action["@search.action"]?.GetValue<string>() ?? "upload";
                var key = action[Definition.KeyField]?.ToString() ?? string.Empty;
                var fields = action.Where(p => p.Key != "@search.action").ToList();
                var exists = _documents.TryGetValue(key, out var current);
                switch (kind)
                {
                    case "upload":
                        _documents[key] = Copy(fields);
                        results.Add((key, true, exists ? 200 : 201, null));
                        break;
                    case "merge" when !exists:
                        results.Add((key, false, 404, "Document not found."));
                        break;
                    case "merge" or "mergeOrUpload":
                        var merged = current ?? new JsonObject();
                        foreach (var (name, value) in fields)
                        {
                            merged[name] = value?.DeepClone();
                        }

                        _documents[key] = merged;
                        results.Add((key, true, exists ? 200 : 201, null));
                        break;
                    case "delete":
                        _documents.Remove(key);
                        results.Add((key, true, 200, null));
                        break;
                    default:
                        results.Add((key, false, 400, $"Unknown action '{kind}'."));
                        break;
                }
            }
        }

        return results;
    }

    /// <returns>The total matches, and the best <paramref name="top"/> with their scores.</returns>
    public (int Total, List<(JsonObject Document, double Score)> Hits) Search(
        string? text, Func<JsonObject, bool> filter, IReadOnlyList<(float[] Vector, int K)> vectors, int top, IReadOnlyList<string>? searchFields)
    {
        List<KeyValuePair<string, JsonObject>> candidates;
        lock (_gate)
        {
            candidates = [.. _documents.Where(d => filter(d.Value))];
        }

        var clauses = QueryClause.Parse(text);
        var rankings = new List<List<(string Key, double Score)>>();
        var textual = string.IsNullOrWhiteSpace(text) && vectors.Count > 0 ? null : TextRanking(candidates, clauses, searchFields);
        if (textual is not null)
        {
            rankings.Add(textual);
        }

        rankings.AddRange(vectors.Select(v => VectorRanking(candidates, v.Vector, v.K)));
        var byKey = candidates.ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        if (rankings.Count == 1)
        {
            var only = rankings[0];
            return (only.Count, [.. only.Take(top).Select(r => (byKey[r.Key], r.Score))]);
        }

        var fused = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var ranking in rankings)
        {
            for (var i = 0; i < ranking.Count; i++)
            {
                fused[ranking[i].Key] = fused.GetValueOrDefault(ranking[i].Key) + (1.0 / (RrfK + i + 1));
            }
        }

        var ordered = fused.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).ToList();
        return (ordered.Count, [.. ordered.Take(top).Select(f => (byKey[f.Key], f.Value))]);
    }

    private List<(string, double)> TextRanking(List<KeyValuePair<string, JsonObject>> candidates, IReadOnlyList<QueryClause> clauses, IReadOnlyList<string>? searchFields)
    {
        if (clauses.Count == 0)
        {
            return [.. candidates.Select(c => (c.Key, 1.0))];
        }

        var fields = searchFields ?? Definition.Searchable;
        var analyzed = candidates.ToDictionary(
            c => c.Key,
            c => fields.ToDictionary(f => f, f => EnglishAnalyzer.Analyze(c.Value[f]?.ToString())),
            StringComparer.Ordinal);
        var scores = Bm25.Score(analyzed, clauses, Definition with { Searchable = fields });
        return [.. scores.OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value))];
    }

    private List<(string, double)> VectorRanking(List<KeyValuePair<string, JsonObject>> candidates, float[] query, int k)
    {
        if (Definition.VectorField is not { } field)
        {
            throw new InvalidOperationException("The index has no vector field.");
        }

        return [.. candidates
            .Where(c => c.Value[field] is JsonArray)
            .Select(c => (c.Key, Cosine: (double)TensorPrimitives.CosineSimilarity(c.Value[field]!.AsArray().Select(v => v!.GetValue<float>()).ToArray(), query)))
            .OrderByDescending(c => c.Cosine)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(k)
            .Select(c => (c.Key, 1.0 / (1.0 + (1.0 - c.Cosine))))];
    }

    private static JsonObject Copy(IEnumerable<KeyValuePair<string, JsonNode?>> fields)
    {
        var document = new JsonObject();
        foreach (var (name, value) in fields)
        {
            document[name] = value?.DeepClone();
        }

        return document;
    }
}
