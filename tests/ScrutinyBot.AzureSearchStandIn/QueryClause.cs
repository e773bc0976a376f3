namespace ScrutinyBot.StandIns.AzureSearch;

/// <summary>One clause of a simple-syntax query: a word, or a quoted phrase, as analyzed stems.</summary>
internal sealed record QueryClause(IReadOnlyList<string> Stems)
{
    /// <summary>The clauses of a simple-syntax query (words and "quoted phrases"; a backslash escapes the next character;
    /// + - | operators are read as spaces). "*" or nothing means every document: no clauses.</summary>
    public static IReadOnlyList<QueryClause> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim() == "*")
        {
            return [];
        }

        var clauses = new List<QueryClause>();
        var parts = text.Replace("\\\"", " ", StringComparison.Ordinal).Split('"');
        for (var i = 0; i < parts.Length; i++)
        {
            var analyzed = EnglishAnalyzer.Analyze(parts[i].Replace('\\', ' '));
            if (i % 2 == 1)
            {
                if (analyzed.Count > 0)
                {
                    clauses.Add(new QueryClause(analyzed));
                }
            }
            else
            {
                clauses.AddRange(analyzed.Select(s => new QueryClause([s])));
            }
        }

        return clauses;
    }

    /// <summary>How often the clause occurs in the field's stems (a phrase: its stems in a row).</summary>
    public int Occurrences(IReadOnlyList<string> field)
    {
        var count = 0;
        for (var i = 0; i + Stems.Count <= field.Count; i++)
        {
            var all = true;
            for (var j = 0; j < Stems.Count && all; j++)
            {
                all = field[i + j] == Stems[j];
            }

            count += all ? 1 : 0;
        }

        return count;
    }
}
