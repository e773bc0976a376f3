using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Finds people's names in council papers: a title and a surname ("Councillor Salim", "Dr Patel"), or two
/// or three capitalised words that are not the names of bodies, posts or places ("Margaret Burke").</summary>
public static partial class PersonNames
{
    private static readonly FrozenSet<string> NotNames = new[]
    {
        "academy", "adult", "adults", "agenda", "and", "annual", "appendix", "assistant", "authority", "board", "borough",
        "cabinet", "care", "carers", "centre", "chair", "chairman", "chief", "child", "children", "children's", "city",
        "commissioner", "committee", "community", "constable", "corporate", "council", "county", "department", "deputy",
        "designated", "director", "disabilities", "district", "early", "east", "education", "educational", "england",
        "executive", "families", "family", "for", "fund", "funding", "government", "group", "head", "health", "help",
        "holder", "house", "hub", "inclusion", "independent", "inspection", "inspector", "inspectors", "integrated",
        "interim", "item", "lead", "leadership", "local", "majesty's", "manager", "meeting", "member", "members",
        "mental", "midlands", "minutes", "monitoring", "national", "needs", "north", "of", "office", "officer", "page",
        "panel", "partners", "partnership", "people", "plan", "police", "policy", "portfolio", "practice", "programme",
        "project", "protection", "public", "report", "review", "road", "room", "safeguarding", "school", "schools",
        "scrutiny", "section", "service", "services", "social", "south", "special", "strategic", "strategy", "street",
        "system", "table", "team", "the", "this", "trust", "trusts", "vice", "visit", "wellbeing", "west", "young",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that cannot be part of a name in these passages: the question's own words, and every word the
    /// passages also write in lower case ("Youth Provision" is a heading, since the papers say "youth provision").</summary>
    public static HashSet<string> ExcludedWords(RetrievalResult result)
    {
        var words = new HashSet<string>(result.Analysis.SearchTerms, StringComparer.OrdinalIgnoreCase);
        foreach (var passage in result.Passages)
        {
            foreach (Match m in LowerCaseWord().Matches(passage.Hit.Chunk.Text))
            {
                words.Add(m.Value);
            }
        }

        return words;
    }

    /// <param name="exclude">Words that cannot be part of an answer's name (see <see cref="ExcludedWords"/>).</param>
    public static IReadOnlyList<string> Find(string text, IReadOnlySet<string> exclude)
    {
        var names = new List<string>();
        foreach (Match m in LabelledName().Matches(text))
        {
            if (IsNameWord(m.Groups["first"].Value, exclude) && IsNameWord(m.Groups["last"].Value, exclude))
            {
                names.Add($"{m.Groups["first"].Value} {m.Groups["last"].Value}");
            }
        }

        foreach (Match m in NameBeforeRole().Matches(text))
        {
            if (IsNameWord(m.Groups["first"].Value, exclude) && IsNameWord(m.Groups["last"].Value, exclude))
            {
                names.Add($"{m.Groups["first"].Value} {m.Groups["last"].Value}");
            }
        }

        if (Acronym().Matches(text).Count > 3)
        {
            // A glossary or table line: its capitalised words are expansions, not people; only a form's field for a
            // person ("Responsible Officer - Paul Wilson") names one.
            return names;
        }

        foreach (Match m in Titled().Matches(text))
        {
            names.Add(m.Value);
        }

        foreach (Match run in CapitalisedRun().Matches(text))
        {
            if (BodyNameGoesOn(text, run) || AfterAnArticle(text, run))
            {
                continue;
            }

            var words = run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < words.Length; i++)
            {
                if (IsNameWord(words[i], exclude) && IsNameWord(words[i + 1], exclude))
                {
                    names.Add($"{words[i]} {words[i + 1]}");
                }
            }
        }

        return names;
    }

    /// <summary>True when the capitalised words go on past "and", "of" or "for" to a body's or post's word: "Joint
    /// Overview and Scrutiny Committee" is one body, not Mr Joint Overview. "Margaret Burke and Rachel Griffiths" goes on
    /// to another name.</summary>
    private static bool BodyNameGoesOn(string text, Match run)
    {
        var after = BodyContinuation().Match(text, run.Index + run.Length);
        return after.Success && after.Index == run.Index + run.Length
            && after.Groups["w"].Captures.Any(c => NotNames.Contains(c.Value) && !IsMonthOrDay(c.Value));
    }

    /// <summary>"The Sustainability Appraisal", "its Strategic Leadership Group": a name after an article or a
    /// possessive names a thing, where a person's stands alone.</summary>
    private static bool AfterAnArticle(string text, Match run) =>
        OpensWithArticle().IsMatch(run.Value) || ArticleBefore().IsMatch(text.AsSpan(Math.Max(0, run.Index - 12), Math.Min(12, run.Index)));

    [GeneratedRegex(@"^(The|A|An|This|That|Its|Our|Their)\s")]
    private static partial Regex OpensWithArticle();

    [GeneratedRegex(@"\b(the|a|an|this|that|its|our|their)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleBefore();

    private static bool IsMonthOrDay(string word) => DateExpressionParser.IsMonthName(word) || Weekdays.IsName(word);

    [GeneratedRegex(@"\G\s+(and|of|for|&)\s+((?<w>[A-Z][a-z'’-]+)\s*){1,4}")]
    private static partial Regex BodyContinuation();

    /// <summary>A form's field for a person and its value: "Responsible Officer - Paul Wilson", "Report Author: Jane
    /// Smith", "Proposer: Rich Lehmann".</summary>
    [GeneratedRegex(@"\b(Officer|Author|Director|Manager|Contact|Lead|Proposer|Seconder|Chair|Chairman|Chairperson|Clerk)\s*[-:\u2013]\s*(?<first>[A-Z][a-z'\u2019-]+)\s+(?<last>[A-Z][a-z'\u2019-]+)\b")]
    private static partial Regex LabelledName();

    /// <summary>An attendance list's member and the role after the name: "Harry Rayner – MEM (Chair)", "Jane Smith
    /// (Vice-Chair)".</summary>
    [GeneratedRegex(@"\b(?<first>[A-Z][a-z'\u2019-]+)\s+(?<last>[A-Z][a-z'\u2019-]+)(\s*[-\u2013,]\s*[A-Z]{2,6})?\s*\((Vice[- ]?)?(Chair|Chairman|Chairperson|Chairwoman|Chair of the \w+)\)")]
    private static partial Regex NameBeforeRole();

    [GeneratedRegex(@"\b(Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr|Professor|Prof\.?|Sir|Dame|Lord|Lady|Baroness)\s+[A-Z][a-z'’-]+")]
    private static partial Regex Titled();

    private static bool IsNameWord(string word, IReadOnlySet<string> exclude) =>
        !NotNames.Contains(word) && !NotNames.Contains(word.TrimEnd('s')) && !exclude.Contains(word) && !exclude.Contains(word.TrimEnd('s'))
        && !AbstractNoun().IsMatch(word);

    /// <summary>English suffixes that make abstract nouns, which no one is named: "Equality Impact Assessment",
    /// "Transformation Programme", "Member Development". ("-ance" and "-ence" are left out: Florence, Lawrence.)</summary>
    [GeneratedRegex(@"^[A-Z][a-z'’-]{3,}(tion|tions|sion|sions|ment|ments|ity|ities|ness|ship|ships|ism|ology|ative|atives|ency|ancy)$")]
    private static partial Regex AbstractNoun();

    [GeneratedRegex(@"\b[A-Z][a-z'’-]+(\s+[A-Z][a-z'’-]+)+\b")]
    private static partial Regex CapitalisedRun();

    [GeneratedRegex(@"(?<![\w'’-])[a-z][a-z'’-]+")]
    private static partial Regex LowerCaseWord();

    [GeneratedRegex(@"\b[A-Z]{2,6}\b")]
    private static partial Regex Acronym();
}
