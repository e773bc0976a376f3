namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>English verbs whose past forms no suffix rule reaches ("brought" is "bring", "held" is "hold"), so a
/// question and a paper that tell of the same act in different tenses share its word: "how many homes has the scheme
/// brought back" and "bringing the total to 8,501". Forms that are as often other words ("saw", "rose", "lay",
/// "fed", "bore") are left out.</summary>
public static class IrregularVerbs
{
    private static readonly Dictionary<string, string> BaseForms = Build(
        "arise arose arisen", "become became", "begin began begun", "break broke broken", "bring brought",
        "build built", "buy bought", "catch caught", "choose chose chosen", "come came", "deal dealt",
        "draw drew drawn", "drive drove driven", "fall fell fallen", "feel felt", "fight fought", "find found",
        "forgo forwent forgone", "freeze froze frozen", "get got gotten", "give gave given", "go went gone",
        "grow grew grown", "hear heard", "hold held", "keep kept", "know knew known", "lead led", "leave left",
        "lend lent", "lose lost", "make made", "mean meant", "meet met", "oversee oversaw overseen",
        "overspend overspent", "pay paid", "rebuild rebuilt", "rise risen", "run ran", "say said", "seek sought",
        "sell sold", "show shown", "sit sat", "speak spoke spoken", "spend spent", "stand stood",
        "take took taken", "teach taught", "tell told", "think thought", "undertake undertook undertaken",
        "understand understood", "underspend underspent", "uphold upheld", "win won", "withdraw withdrew withdrawn",
        "withhold withheld", "write wrote written");

    /// <summary>Verbs whose past is not the base plus "-ed" but which stemming leaves alone: the past is the base
    /// ("put", "set") or is as often another word ("sent" a scent, "saw" a tool, "did", "had", "was").</summary>
    private static readonly HashSet<string> OtherIrregulars = new(StringComparer.Ordinal)
    {
        "put", "set", "let", "cut", "hit", "shut", "send", "see", "do", "have", "be",
    };

    private static readonly HashSet<string> Bases = [.. BaseForms.Values, .. OtherIrregulars];

    /// <summary>The base form of an irregular past form ("brought" → "bring"); null for any other word.</summary>
    public static string? BaseOf(string lowerCaseWord) => BaseForms.GetValueOrDefault(lowerCaseWord);

    /// <summary>True when the verb's past is not its base plus "-ed" ("get", "bring", "put"), so no suffix rule writes it.</summary>
    public static bool HasIrregularPast(string lowerCaseBase) => Bases.Contains(lowerCaseBase);

    private static Dictionary<string, string> Build(params string[] verbs)
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var verb in verbs)
        {
            var words = verb.Split(' ');
            foreach (var form in words.Skip(1))
            {
                forms[form] = words[0];
            }
        }

        return forms;
    }
}
