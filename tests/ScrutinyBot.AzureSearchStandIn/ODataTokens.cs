using System.Text;

namespace ScrutinyBot.StandIns.AzureSearch;

/// <summary>The tokens of an OData filter: '(' ')' ',' punctuation, 'quoted strings' (doubled quotes unescaped, kept
/// with a leading quote to tell them apart) and bare words (names, operators, numbers, dates).</summary>
internal static class ODataTokens
{
    public static List<string> Split(string filter)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < filter.Length)
        {
            var c = filter[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '(' or ')' or ',')
            {
                tokens.Add(c.ToString());
                i++;
            }
            else if (c == '\'')
            {
                var value = new StringBuilder("'");
                i++;
                while (true)
                {
                    if (i >= filter.Length)
                    {
                        throw new FormatException("Unterminated string literal in the filter.");
                    }

                    if (filter[i] == '\'' && i + 1 < filter.Length && filter[i + 1] == '\'')
                    {
                        value.Append('\'');
                        i += 2;
                    }
                    else if (filter[i] == '\'')
                    {
                        i++;
                        break;
                    }
                    else
                    {
                        value.Append(filter[i++]);
                    }
                }

                tokens.Add(value.ToString());
            }
            else
            {
                var start = i;
                while (i < filter.Length && !char.IsWhiteSpace(filter[i]) && filter[i] is not '(' and not ')' and not ',' and not '\'')
                {
                    i++;
                }

                tokens.Add(filter[start..i]);
            }
        }

        return tokens;
    }
}
