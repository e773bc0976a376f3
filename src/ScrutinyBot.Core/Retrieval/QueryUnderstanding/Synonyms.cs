using System.Collections.Frozen;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>How people ask versus how committee papers are written: "unhappy" is "concern", "asked for" is
/// "request", "agreed" is "resolved", "kids" is "children", and the acronyms of children's services ("CP" is
/// "child protection"). Each group is interchangeable for matching. An act's section written short ("s151") is
/// searched for written out too (<see cref="ShortForms"/>).</summary>
public static class Synonyms
{
    private static readonly string[][] Groups =
    [
        ["unhappy", "concern", "concerned", "disappointed", "dissatisfied", "frustrated", "worried", "worry", "worries", "caution"],
        ["ask", "asked", "request", "requested", "call"],
        ["agree", "agreed", "resolved", "resolution", "decided", "decision"],
        ["finish", "finished", "close", "closed", "end", "ended", "concluded"],
        ["start", "started", "begin", "began", "commence", "commenced"],
        ["chair", "chaired", "chairman", "chairperson", "chairwoman"],
        ["kids", "children", "child", "young people", "pupils"],
        ["rec", "recs", "recommendation", "recommendations", "recommend"],
        ["info", "information", "detail", "details", "report"],
        ["reply", "replied", "respond", "responded", "response"],
        ["sign", "signed", "confirmed", "approved", "approve"],
        ["grade", "grades", "judgement", "judgements", "judged", "rating", "rated"],
        ["overspend", "overspending", "overspent"],
        ["target", "targets", "aim"],
        ["latest", "update", "progress"],
        ["money", "funding", "budget", "cost", "costs", "spend", "spending", "finance", "financial"],
        ["happened", "outcome", "update"],
        ["school", "schools", "academy", "academies"],
        ["previous", "last", "prior", "preceding"],
        ["why", "cause", "caused", "because", "due", "reason"],
        ["rise", "rose", "risen", "increase", "increased", "grew", "grown", "growth", "more", "higher"],
        ["fall", "fell", "decrease", "decreased", "reduce", "reduced", "reduction", "drop", "dropped", "fewer", "lower"],
        ["covid", "pandemic", "lockdown"],
        ["staff", "workforce", "social workers", "employees"],
        // Councils call their councillors "Members" ("Membership: 8 Members"); people ask for councillors.
        ["councillor", "councillors", "member", "members", "membership"],
        // A report names its writer as its "Author" ("Report Author:", "Contact details: Author").
        ["wrote", "written", "writer", "author", "authored"],
        // Plain words for the papers' formal ones (as plain-English guides list them): people ask "stay", "help",
        // "told", papers write "remain", "support", "informed".
        ["stay", "stayed", "staying", "remain", "remained"],
        ["help", "helped", "helping", "support", "supported", "assist", "assisted", "assistance"],
        ["told", "inform", "informed", "notified", "notify"],
        ["expect", "expected", "expecting", "anticipate", "anticipated", "anticipating"],
        ["enough", "sufficient", "sufficiency"],
        // Finance papers set a "de minimis" limit or a "threshold" where people ask for a minimum.
        ["minimum", "minimis", "threshold"],
        ["keep", "kept", "retain", "retained", "maintain", "maintained"],
        ["buy", "bought", "purchase", "purchased"],
        // People send a plan or a report in; papers say it was submitted.
        ["sent", "submit", "submitted", "submitting"],
        // A front sheet names the meeting's contact officer "Ask for:".
        ["contact", "ask for"],
        ["try", "tried", "attempt", "attempted"],
        ["move", "moved", "moving", "moves", "transfer", "transferred", "transferring", "transfers"],
        ["cp", "child protection"],
        ["cin", "child in need", "children in need"],
        ["lac", "cic", "looked after", "children in care"],
        ["fsm", "free school meals", "disadvantaged"],
        ["ehcp", "ehcps", "ehc plan", "ehc plans"],
        ["send", "special educational needs"],
        ["neet", "not in education"],
    ];

    private static readonly FrozenDictionary<string, string[]> ByStem = Build();

    /// <summary>The stems that mean the same as <paramref name="stem"/> (not including itself).</summary>
    public static IReadOnlyList<string> For(string stem) => ByStem.TryGetValue(stem, out var alternatives) ? alternatives : [];

    /// <summary>The words to search for besides the question's own, for the question's stems.</summary>
    public static IReadOnlyList<string> SearchWords(IEnumerable<string> stems)
    {
        var words = new List<string>();
        foreach (var group in Groups)
        {
            if (group.Any(w => stems.Contains(TextTerms.Stem(w))))
            {
                words.AddRange(group.Where(w => !stems.Contains(TextTerms.Stem(w))));
            }
        }

        foreach (var stem in stems)
        {
            if (ShortForms.Spelled(stem) is { } section)
            {
                words.AddRange(section.Split(' '));
            }
        }

        return words.Distinct(StringComparer.Ordinal).ToList();
    }

    private static FrozenDictionary<string, string[]> Build()
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var stems = group.Select(w => string.Join(' ', TextTerms.Tokenize(w).Select(TextTerms.Stem))).ToList();
            foreach (var stem in stems)
            {
                if (!map.TryGetValue(stem, out var set))
                {
                    map[stem] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(stems.Where(s => s != stem));
            }
        }

        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
