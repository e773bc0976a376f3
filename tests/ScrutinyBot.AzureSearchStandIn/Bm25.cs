namespace ScrutinyBot.StandIns.AzureSearch;

/// <summary>BM25 (k1 1.2, b 0.75) of query clauses over the searchable fields, each field's score times its weight in
/// the scoring profile; a document matches when any clause occurs in any field.</summary>
internal static class Bm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <param name="fields">For each document, its searchable fields' stems.</param>
    public static Dictionary<string, double> Score(
        IReadOnlyDictionary<string, Dictionary<string, IReadOnlyList<string>>> fields, IReadOnlyList<QueryClause> clauses, IndexDefinition index)
    {
        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var count = Math.Max(1, fields.Count);
        foreach (var field in index.Searchable)
        {
            var lengths = fields.Values.Select(f => f.TryGetValue(field, out var s) ? s.Count : 0).ToList();
            var average = Math.Max(1e-9, lengths.DefaultIfEmpty(0).Average());
            foreach (var clause in clauses)
            {
                var occurrences = fields.ToDictionary(f => f.Key, f => f.Value.TryGetValue(field, out var s) ? clause.Occurrences(s) : 0);
                var df = occurrences.Count(o => o.Value > 0);
                if (df == 0)
                {
                    continue;
                }

                var idf = Math.Log(1 + ((count - df + 0.5) / (df + 0.5)));
                foreach (var (key, tf) in occurrences.Where(o => o.Value > 0))
                {
                    var length = fields[key][field].Count;
                    var score = idf * tf * (K1 + 1) / (tf + (K1 * (1 - B + (B * length / average))));
                    scores[key] = scores.GetValueOrDefault(key) + (index.Weight(field) * score);
                }
            }
        }

        return scores;
    }
}
