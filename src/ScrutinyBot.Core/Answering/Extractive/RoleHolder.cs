using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>"Who is the council's treasury management adviser?" asks who holds a role, and a firm may hold it: "The
/// Council employs Link Group as treasury management advisers", "from Link Group, the Council's appointed treasury
/// advisors", "External auditor: Grant Thornton". A name set beside the role's noun answers it, whether or not it is a
/// person's.</summary>
public sealed partial class RoleHolder
{
    private const string Name = @"(?<name>(?!(?:The|This|That|Its|Our|Their|A|An)\b)[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3})";
    private const string Owner = @"(?i:(?:(?:the|its|our|their)\s+)?(?:[\w.]+['’]s\s+)?)";
    /// <summary>Words of the role's description between its owner and its noun: no preposition or article, which
    /// would make "as" start a clause ("the plan as submitted to the Planning Inspectorate").</summary>
    private const string Described = @"(?:(?!(?i:to|by|for|of|in|on|from|with|at|the|a|an)\b)[\w-]+\s+)";
    private readonly Regex? _holder;
    private readonly HashSet<string> _asked = new(StringComparer.OrdinalIgnoreCase);

    public RoleHolder(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (RoleAsked().Match(question) is not { Success: true } m)
        {
            return;
        }

        _asked.UnionWith(TextTerms.Tokenize(question));

        var stem = Regex.Escape(TextTerms.Stem(m.Groups["role"].Value));
        var role = $@"\b(?i:{stem})\w*";
        _holder = new Regex(
            $@"{Name}\s*,?\s+(?:(?:is|are|was|were|has been|have been|acts|act|serves|serve)\s+)?(?:(?:appointed|employed|engaged|retained)\s+)?as\s+{Owner}{Described}{{0,4}}?{role}"
            + $@"|{Name},\s+{Owner}(?:appointed\s+)?{Described}{{0,3}}?{role}"
            + $@"|{role}\s*(?:[:\u2013-]|\bis\b|\bare\b|\bwas\b|\bwere\b)\s*{Name}",
            RegexOptions.CultureInvariant);
    }

    /// <summary>True when the question asks who holds a role named by a noun ("who is X's adviser?").</summary>
    public bool Asked => _holder is not null;

    /// <summary>True when the text names someone or some body as holding the role asked about.</summary>
    public bool IsNamedIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The question's own words are no holder's name: "Following the Examination, the Inspector required …".
        return _holder is not null && _holder.Matches(text).Any(m => m.Groups["name"].Captures.Any(c => !TextTerms.Tokenize(c.Value).All(_asked.Contains)));
    }

    /// <summary>"Who is KCC's treasury management adviser?", "who are the council's external auditors?": who, then an
    /// owner (an article or a possessive), then the role in lower case, its head noun last (before "of", "for" …).</summary>
    [GeneratedRegex(@"^\s*who\s+(?:is|are|was|were)\s+(?:(?:the|its|their|our)\s+(?:[\w.]+['’]s\s+)?|[\w.]+['’]s\s+)(?:[a-z][a-z-]*\s+){0,3}(?<role>[a-z][a-z-]{3,})\s*(?:\b(?:of|for|to|at|on|in)\b[^?]*)?\??\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleAsked();
}
