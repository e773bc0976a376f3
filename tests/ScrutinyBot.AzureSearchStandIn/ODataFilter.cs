using System.Globalization;
using System.Text.Json.Nodes;

namespace ScrutinyBot.StandIns.AzureSearch;

/// <summary>The part of OData $filter the stand-in understands: eq, ne, gt, ge, lt, le on a field and a literal
/// (string, number, date-time, true, false, null), and, or, not, parentheses, search.in(field, 'a,b', ',') and
/// search.ismatch('query', 'fields', syntax, 'any'|'all'). Anything else is a 400, as the service would answer.</summary>
internal sealed class ODataFilter
{
    private readonly List<string> _tokens;
    private readonly IndexDefinition _index;
    private int _at;

    private ODataFilter(List<string> tokens, IndexDefinition index)
    {
        _tokens = tokens;
        _index = index;
    }

    public static Func<JsonObject, bool> Parse(string? filter, IndexDefinition index)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return _ => true;
        }

        var parser = new ODataFilter(ODataTokens.Split(filter), index);
        var predicate = parser.Or();
        if (parser._at != parser._tokens.Count)
        {
            throw new FormatException($"Unexpected '{parser._tokens[parser._at]}' in the filter.");
        }

        return predicate;
    }

    private Func<JsonObject, bool> Or()
    {
        var left = And();
        while (Accept("or"))
        {
            var (a, b) = (left, And());
            left = d => a(d) || b(d);
        }

        return left;
    }

    private Func<JsonObject, bool> And()
    {
        var left = Unary();
        while (Accept("and"))
        {
            var (a, b) = (left, Unary());
            left = d => a(d) && b(d);
        }

        return left;
    }

    private Func<JsonObject, bool> Unary()
    {
        if (Accept("not"))
        {
            var inner = Unary();
            return d => !inner(d);
        }

        if (Accept("("))
        {
            var inner = Or();
            Expect(")");
            return inner;
        }

        var name = Next();
        if (name == "search.in")
        {
            return SearchIn();
        }

        if (name == "search.ismatch")
        {
            return IsMatch();
        }

        var op = Next();
        var literal = Next();
        return op switch
        {
            "eq" => d => Compare(d[name], literal) == 0,
            "ne" => d => Compare(d[name], literal) != 0,
            "gt" => d => Compare(d[name], literal) is > 0 and not int.MinValue,
            "ge" => d => Compare(d[name], literal) is >= 0,
            "lt" => d => Compare(d[name], literal) is < 0 and not int.MinValue,
            "le" => d => Compare(d[name], literal) is <= 0 and not int.MinValue,
            _ => throw new FormatException($"Unknown comparison '{op}' in the filter."),
        };
    }

    private Func<JsonObject, bool> SearchIn()
    {
        Expect("(");
        var field = Next();
        Expect(",");
        var values = Text(Next());
        var separators = Accept(",") ? Text(Next()) : " ,";
        Expect(")");
        var set = values.Split(separators.ToCharArray(), StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return d => d[field] is JsonValue v && set.Contains(v.ToString());
    }

    private Func<JsonObject, bool> IsMatch()
    {
        Expect("(");
        var query = Text(Next());
        var fields = _index.Searchable;
        var mode = "any";
        if (Accept(","))
        {
            fields = Text(Next()).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (Accept(","))
            {
                Next();
                if (Accept(","))
                {
                    mode = Text(Next());
                }
            }
        }

        Expect(")");
        var clauses = QueryClause.Parse(query);
        return d =>
        {
            var analyzed = fields.Select(f => EnglishAnalyzer.Analyze(d[f]?.ToString())).ToList();
            bool Found(QueryClause c) => analyzed.Any(a => c.Occurrences(a) > 0);
            return clauses.Count > 0 && (mode == "all" ? clauses.All(Found) : clauses.Any(Found));
        };
    }

    /// <returns>The order of the field's value against the literal; int.MinValue when either is null (equal only to null).</returns>
    private static int Compare(JsonNode? value, string literal)
    {
        if (literal == "null")
        {
            return value is null ? 0 : int.MinValue;
        }

        if (value is null)
        {
            return int.MinValue;
        }

        if (literal.StartsWith('\''))
        {
            return string.CompareOrdinal(value.ToString(), literal[1..]);
        }

        if (literal is "true" or "false")
        {
            return value.GetValue<bool>() == (literal == "true") ? 0 : 1;
        }

        if (double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value.GetValue<double>().CompareTo(number);
        }

        var instant = DateTimeOffset.Parse(literal, CultureInfo.InvariantCulture);
        return DateTimeOffset.Parse(value.ToString(), CultureInfo.InvariantCulture).CompareTo(instant);
    }

    private static string Text(string token) =>
        token.StartsWith('\'') ? token[1..] : throw new FormatException($"Expected a string literal, found '{token}'.");

    private string Next() => _at < _tokens.Count ? _tokens[_at++] : throw new FormatException("The filter ends too soon.");

    private bool Accept(string token)
    {
        if (_at < _tokens.Count && _tokens[_at] == token)
        {
            _at++;
            return true;
        }

        return false;
    }

    private void Expect(string token)
    {
        if (!Accept(token))
        {
            throw new FormatException($"Expected '{token}' in the filter.");
        }
    }
}
