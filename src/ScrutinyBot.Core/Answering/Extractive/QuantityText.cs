using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Finds figures in text: counts, percentages, sums of money, "doubled". Years, dates and paragraph
/// numbers are not figures.</summary>
public static partial class QuantityText
{
    /// <param name="question">When given, a number the question itself writes ("the 18-25 service") is not a figure
    /// that answers it.</param>
    public static bool HasFigure(string text, string? question = null) => Figures(text, question).Any();

    /// <summary>The figures a text gives, as written ("894", "£2.4m"), without years, dates and paragraph numbers.</summary>
    public static IReadOnlySet<string> FiguresIn(string text) => Figures(text, null).Select(m => m.Value.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when a figure sits within <paramref name="reach"/> words of a word the predicate accepts ("103 new
    /// Foster Carers", "concerns ... has doubled"): the figure is about that word, not about something else nearby.</summary>
    /// <param name="digitsOnly">Only figures written in digits count ("four local authorities" does not).</param>
    /// <param name="moneyOnly">Only sums of money count ("£2.4m"): what a cost or a budget is asked for.</param>
    /// <param name="percentOnly">Only percentages count ("4.15%"): what a percentage or an interest rate is asked for.</param>
    /// <param name="perItem">Only one item's figure counts (<see cref="PerItemFigures"/>): what "the cost per camera" asks.</param>
    public static bool HasFigureNear(string text, Func<string, bool> isSubject, int reach, bool digitsOnly = false, string? question = null, bool moneyOnly = false, bool percentOnly = false, string? perItem = null)
    {
        var words = Word().Matches(text).ToList();
        bool[]? telling = null;
        var countOnly = question is not null && CountQuestion().IsMatch(question);
        var partOfASum = question is not null && PartOfASum().IsMatch(question);
        foreach (var figure in Figures(text, question).Where(f => (!digitsOnly || f.Value.Any(char.IsAsciiDigit)) && (!moneyOnly || IsMoney(text, f)) && (!percentOnly || IsPercentage(text, f)) && !(countOnly && IsMoney(text, f))
            && (!partOfASum || IsMoney(text, f) || IsPercentage(text, f)) && (perItem is null || PerItemFigures.IsFor(text, f.Index, f.Length, perItem))))
        {
            // The first word after the figure; past the last word when the figure ends the text ("… allocated £5m.").
            var at = words.FindIndex(w => w.Index + w.Length > figure.Index);
            if (at < 0)
            {
                at = words.Count;
            }

            // The letters of a figure's unit ("£75k", "£2.1m") are part of it, not words beside it.
            var after = at;
            while (after < words.Count && words[after].Index > figure.Index && words[after].Index < figure.Index + figure.Length)
            {
                after++;
            }

            if (countOnly && CountsAnotherThing(text, figure, words, after, isSubject) && !(PeopleCounted().IsMatch(question!) && after < words.Count && PeopleNoun().IsMatch(words[after].Value)))
            {
                continue;
            }

            telling ??= [.. words.Select(w => !StopWords.Contains(w.Value.ToLowerInvariant()))];
            if (SubjectWithin(words, telling, after, at - 1, reach, isSubject))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a subject word is within this many words of the figure either side (from the first word
    /// after it, <paramref name="after"/>, and the last before it, <paramref name="before"/>),
    /// counting only words that say something ("21% of the population said that they would need to borrow": the
    /// figure's subject is three telling words on).</summary>
    private static bool SubjectWithin(List<Match> words, bool[] telling, int after, int before, int reach, Func<string, bool> isSubject) =>
        SubjectOnOneSide(words, telling, after, step: 1, told: 0, reach, isSubject) || SubjectOnOneSide(words, telling, before, step: -1, told: 1, reach, isSubject);

    private static bool SubjectOnOneSide(List<Match> words, bool[] telling, int from, int step, int told, int reach, Func<string, bool> isSubject)
    {
        for (var i = from; i >= 0 && i < words.Count && told <= reach; i += step)
        {
            if (isSubject(words[i].Value))
            {
                return true;
            }

            told += telling[i] ? 1 : 0;
        }

        return false;
    }

    /// <summary>"How many foster carers…" is not answered by "across the four local authorities": a number written
    /// as a word mostly counts the words right after it, and those are not the question's. A range joined by a dash
    /// ("18-25 community-based services", "6-8 week reviews") bounds the words after it (ages, weeks).</summary>
    /// A figure in digits straight before a plural noun counts that noun ("27,000 incidents" does not say how many
    /// cameras).
    private static bool CountsAnotherThing(string text, Match figure, List<Match> words, int at, Func<string, bool> isSubject) =>
        (RangeEnd().IsMatch(text[(figure.Index + figure.Length)..]) && !words.Skip(at).Take(2).Any(w => isSubject(w.Value)))
        || (NumberWord().IsMatch(figure.Value) && at < words.Count && words[at].Index == figure.Index
            && !words.Skip(at + 1).Take(2).Any(w => isSubject(w.Value)))
        || (at < words.Count && words[at].Index > figure.Index && PluralNoun().IsMatch(words[at].Value)
            && figure.Index + figure.Length <= words[at].Index && string.IsNullOrWhiteSpace(text[(figure.Index + figure.Length)..words[at].Index])
            && !words.Skip(at).Take(2).Any(w => isSubject(w.Value)));

    /// <summary>True when the question asks what something costs or how much money ("how much will the scheme cost?",
    /// "what's the budget for the unit?", "the annual £ figure", "what our grant allocation was"), not a share of it ("how much of the funding…", "what %…")
    /// nor time spent ("how much has the average time kids spend on a plan come down?").</summary>
    public static bool AsksForMoney(string question) => MoneyQuestion().IsMatch(question) && !ShareQuestion().IsMatch(question) && !TimeSpent().IsMatch(question);

    /// <summary>Time, not money, is spent: "the time children spend on a plan", "how many hours officers spent".</summary>
    [GeneratedRegex(@"\b(time|hours|days|weeks|months|years)\s+([\w'’-]+\s+){0,3}(spend|spends|spent|spending)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeSpent();

    /// <summary>True when the question asks for a percentage ("what % …", "what percentage of plans …", "what interest
    /// rate …"): a count or a sum of money beside its subject does not answer it.</summary>
    public static bool AsksForPercentage(string question) => PercentageQuestion().IsMatch(question);

    /// <summary>A share written as a percentage ("9.1%", "42 per cent") or a fraction ("a third of", "1 in 5", "3 out of 10").</summary>
    private static bool IsPercentage(string text, Match figure) =>
        figure.Value.Contains('%', StringComparison.Ordinal) || PerCent().IsMatch(figure.Value) || Fraction().IsMatch(figure.Value)
        || OneIn().IsMatch(text[(figure.Index + figure.Length)..]);

    /// <summary>A sum with its pound sign (also after an abbreviation: "c.£550k") or "pounds", or a figure in a row of figures written to one decimal place
    /// ("182.0 0.0 0.0"): finance tables give money in £000s or £m under a heading the row does not repeat.</summary>
    private static bool IsMoney(string text, Match figure) =>
        figure.Value.Contains('£', StringComparison.Ordinal) || (figure.Index > 0 && text[figure.Index - 1] == '£') || Pounds().IsMatch(text[(figure.Index + figure.Length)..])
        || FinanceRow().Matches(text).Any(r => r.Index <= figure.Index && figure.Index < r.Index + r.Length);

    private static IEnumerable<Match> Figures(string text, string? question)
    {
        foreach (Match m in FigureWord().Matches(text))
        {
            yield return m;
        }

        var asked = question is null ? [] : Digits().Matches(question).Select(d => d.Value).ToHashSet(StringComparer.Ordinal);
        foreach (Match m in Number().Matches(text))
        {
            if (!IsYearOrDate(text, m) && !(m.Index == 0 && ParagraphNumber().IsMatch(m.Value)) && !IsListMarker(text, m) && !NumbersASentence(text, m) && !InsideName(text, m)
                && !(IsAge(text, m) && !AgeQuestion().IsMatch(question ?? string.Empty))
                && !asked.Contains(string.Concat(m.Value.Where(char.IsAsciiDigit))))
            {
                yield return m;
            }
        }
    }

    /// <summary>A page or paragraph number before a sentence: "34 Most children in care live …" (a page's number run
    /// into the next page's first sentence: a number counts the word after it, and "Most" is no thing counted; "7 Homes
    /// were inspected" is a count), "… fund these cameras.” (20) Following the debate …".</summary>
    private static bool NumbersASentence(string text, Match m) =>
        (m.Index <= 1 && SentenceAfterNumber().Match(text) is { Success: true } sentence && StopWords.Contains(sentence.Groups["word"].Value.ToLowerInvariant()))
        || (m.Index > 0 && text[m.Index - 1] == '(' && ParagraphInBrackets().IsMatch(text[Math.Max(0, m.Index - 6)..Math.Min(text.Length, m.Index + m.Length + 4)]));

    /// <summary>"children under 16", "young people aged 18", "people over 65": an age that bounds who is meant, not a
    /// count of them ("over 100 children" is a count: the age follows the people it bounds). So is the end of an age
    /// range ("those aged 18 – 21").</summary>
    private static bool IsAge(string text, Match m)
    {
        if (m.Value.Trim().TrimEnd(',') is not { Length: <= 3 } digits || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var before = text[Math.Max(0, m.Index - 50)..m.Index];
        return AgeBefore().IsMatch(before) || (RangeStart().Match(before) is { Success: true } start && AgeBefore().IsMatch(before[..start.Index]));
    }

    /// <summary>"1) Mrs Chandler proposed", "(4) RESOLVED", "3. The Board noted": the number of a list item or
    /// paragraph, not a count; so is an agenda item's number before its title ("23 Nottingham City Safeguarding
    /// Children Partnership Annual Report 2023/24": every word capitalised), and a budget table row's number before its
    /// first cell ("7 Transformation - Service CYPE … -1,500.0 0.0 0.0").</summary>
    private static bool IsListMarker(string text, Match m) =>
        m.Index <= 1 && ((ListMarker().Match(text) is { Success: true } marker && m.Index + m.Length <= marker.Length) || NumberedTitle().IsMatch(text)
            || (RowNumber().IsMatch(text) && FinanceRow().IsMatch(text)));

    /// <summary>"Homes 2 Inspire", "Key Stage 4": a number between capitalised words is part of a name.</summary>
    private static bool InsideName(string text, Match m) =>
        CapitalisedBefore().IsMatch(text[..m.Index]) && CapitalisedAfter().IsMatch(text[(m.Index + m.Length)..]);

    private static bool IsYearOrDate(string text, Match m)
    {
        var value = m.Value;
        if (value.Contains('%', StringComparison.Ordinal) || value.Contains('£', StringComparison.Ordinal))
        {
            return false;
        }

        if (Year().IsMatch(value))
        {
            return true;
        }

        var after = text[(m.Index + m.Length)..];
        var before = text[..m.Index];
        return MonthAfter().IsMatch(after) || MonthBefore().IsMatch(before) || ReferenceBefore().IsMatch(before);
    }

    [GeneratedRegex(@"(?<![\w./-])£?\s?\d[\d,]*(\.\d+)?\s?(%|per ?cent|m\b|bn\b|k\b|million|billion)?(?![\w/])")]
    private static partial Regex Number();

    [GeneratedRegex(@"\bhow much\b.*\b(cost|costs|costing|spend|spent|spending|budget|funding|price|paid|pay|pays|paying|worth|save|saves|saved|saving|savings)\b|" + IntentDetector.SumSaved + @"|\b(what('s|\u2019s|s| is| was| will be)|know|tell me|give me) (the |(the )?[\w-]+['\u2019]s )([\w/-]+ ){0,2}(cost|budget|price|fees?|charges?|expenditure|value(?! for money)|allocation(?! (of|polic|process|scheme|criteria)))\b|\bwhat (our|the|their|its|your|[\w-]+['’]s) ([\w/&'’-]+ ){0,3}(costs?|budgets?|prices?|fees?|charges?|allocations?|grants?|funding|expenditure) (is|was|were|are|will be|would be)\b|\bwhat (salary|salaries|allowances?|wages?|fees?|remuneration)(\s+(or|and|&)\s+(salary|salaries|allowances?|wages?|fees?|remuneration|expenses))?(?=\s+(is|are|was|were|will|would|does|do|did|has|have|had|should|could|can|for|of|to|per|on|each)\b|\s*[?,]|\s*$)|\bhow much ([\w'’-]+ ){0,3}(money|cash|grant|funding)\b|\b(hourly|daily|weekly|pay) rates?\b|\brates? of pay\b|\bin (pounds|cash terms)\b|£(?!\s?\d)|\bwhat ((do|does|did|will|would) )?(we|they|you|it|the council|the authority|[a-z]{1,2}cc)( \w+)? (pay|pays|paid|spend|spends|spent|charge|charges|charged)\b|\bwhat (does|did|do|will|would) (the )?(?-i:[A-Z])[\w&'’-]*( (?-i:[A-Z])[\w&'’-]*){0,3} (pay|pays|paid|charge|charges|charged)\b|\bwhat('s|\u2019s|s| is| are| was| were| will be) (we|they|you|it|the council|the authority|[a-z]{1,2}cc)( \w+)? (paying|spending|charging)\b(?= (on|in|for|to|per|each|a|an|the|this|next|over)\b|\s*\?|\s*$)|\bwhat (does|did|do|will|would) ([^?]{1,40}\bcost\b|[^?]{41,120}\bcost\s*\??\s*$)|\bwhat [^?]{1,60}\b(would|will|could|might|does|did|do|to) cost\b|\bwhat('s|\u2019s|s| is| are| was| were| does| do| did) [^?]{1,40}\b(paid|earns?|earned)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyQuestion();

    [GeneratedRegex(@"\bhow much of\b|%|\bper ?cent|\bproportion\b|\bshare\b|\bpercentage\b", RegexOptions.IgnoreCase)]
    private static partial Regex ShareQuestion();

    [GeneratedRegex(@"^[a-z]{3,}[^s]s$")]
    private static partial Regex PluralNoun();

    /// <summary>"How many people filled in the questionnaire?" counts people whatever the paper calls them.</summary>
    [GeneratedRegex(@"\bhow many (people|persons|individuals)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleCounted();

    /// <summary>A plural noun for people: one of the common ones, or an agent noun ("consultees", "participants",
    /// "councillors", "specialists").</summary>
    [GeneratedRegex(@"^(people|persons|individuals|residents|respondents|members|staff|children|adults|pupils|students|parents|patients|households|families|[a-z]{3,}(ees|ants|ists|ors))$", RegexOptions.IgnoreCase)]
    private static partial Regex PeopleNoun();

    [GeneratedRegex(@"^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s", RegexOptions.IgnoreCase)]
    private static partial Regex NumberWord();

    /// <summary>"How many foster carers…" asks for a count: "£500 to £1,000 a week" beside foster carers does not
    /// answer it ("how many pounds…" asks for money in words).</summary>
    [GeneratedRegex(@"\bhow many\b(?!\s+(pounds|millions?|billions?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex CountQuestion();

    /// <summary>"How much of the £1.8m grant is the county getting?", "how much of the underspend is down to transport?":
    /// a part of a sum is a sum or a share of it, not a count ("the four local authorities").</summary>
    [GeneratedRegex(@"\bhow much of\b", RegexOptions.IgnoreCase)]
    private static partial Regex PartOfASum();

    /// <summary>"What %…", "what percentage of plans…", "what interest rate…", "what proportion of the funding…",
    /// "what share…": a count or a sum of money beside the subject does not answer it.</summary>
    [GeneratedRegex(@"%|\bper ?cent(age)?s?\b|\binterest rates?\b|\bwhat (proportion|share|fraction)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PercentageQuestion();

    [GeneratedRegex(@"^(half of|a third of|a quarter of)$", RegexOptions.IgnoreCase)]
    private static partial Regex Fraction();

    [GeneratedRegex(@"^\s*(in|out of)\s+(\d|every\b)", RegexOptions.IgnoreCase)]
    private static partial Regex OneIn();

    [GeneratedRegex(@"per ?cent", RegexOptions.IgnoreCase)]
    private static partial Regex PerCent();

    [GeneratedRegex(@"(?<![\w.,%£])-?\d{1,3}(,\d{3})*\.\d(\s+-?\d{1,3}(,\d{3})*\.\d){2,}(?![\w.,%])")]
    private static partial Regex FinanceRow();

    [GeneratedRegex(@"^\s*(pounds|sterling|GBP)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Pounds();

    /// <summary>A word, with what may sit inside it ("e.g", "x-ray", "2.5%"), not the comma or full stop after it.</summary>
    [GeneratedRegex(@"[A-Za-z]([\w'’.%£,-]*[\w'’%£])?")]
    private static partial Regex Word();

    [GeneratedRegex(@"^\s?\d{1,3}\s+(?-i:[A-Z][\w'\u2019&/,-]*)(\s+((?-i:[A-Z0-9][\w'\u2019&/,.-]*)|and|of|for|the|on|in|to|&|-|\u2013)){2,}\s*$")]
    private static partial Regex NumberedTitle();

    [GeneratedRegex(@"^\s?\d{1,3}\s+(?<word>(?-i:[A-Z][a-z]*))\s+[a-z]")]
    private static partial Regex SentenceAfterNumber();

    [GeneratedRegex(@"[.!?:;\u201d""’]\s{1,3}\(\d{1,3}\)\s+(?-i:[A-Z])")]
    private static partial Regex ParagraphInBrackets();

    [GeneratedRegex(@"^\(?\d{1,2}[).]\s")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s?\d{1,3}\s+(?-i:[A-Z])")]
    private static partial Regex RowNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\b[A-Z][a-z]+\s$")]
    private static partial Regex CapitalisedBefore();

    [GeneratedRegex(@"^\s[A-Z][a-z]+")]
    private static partial Regex CapitalisedAfter();

    /// <summary>What a number after it refers to, not counts: "paragraph 4", "Row 157", "Number: 6" on a form.</summary>
    [GeneratedRegex(@"\b(paragraph|para|section|appendix|annex|item|page|pages|table|figure|chart|point|recommendation|resolution|minute|row|no\.?|(number|ref|reference)\s*:)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceBefore();

    [GeneratedRegex(@"^(19|20)\d\d$")]
    private static partial Regex Year();

    [GeneratedRegex(@"^\d{1,2}(\.\d{1,2})+$")]
    private static partial Regex ParagraphNumber();

    [GeneratedRegex(@"(\b(aged?|ages)|\b(people|persons|children|adults|pupils|students|residents|girls|boys|men|women|those|anyone|(?!numbers)[a-z]{3,}(ees|ants|ists|ors|ers)) (under|over|below|above))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex AgeBefore();

    /// <summary>The rest of a range written tight after its first number: "-25", "\u201325".</summary>
    [GeneratedRegex(@"^[-\u2013]\d{1,3}(?![\d.,%])")]
    private static partial Regex RangeEnd();

    /// <summary>The first number of a range and its dash or "to", right before the second ("18 – ", "18-", "18 to ").</summary>
    [GeneratedRegex(@"\b\d{1,3}\s*(-|\u2013|to)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RangeStart();

    [GeneratedRegex(@"\bhow old\b|\bages?\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgeQuestion();

    [GeneratedRegex(@"^\s?(st|nd|rd|th)?\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthAfter();

    [GeneratedRegex(@"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthBefore();

    /// <summary>Figures written in words: "doubled", "twice as many", "two homes". "Twice-yearly" and "twice-weekly" say
    /// how often, not how many.</summary>
    [GeneratedRegex(@"\b(doubled|trebled|tripled|halved|twice(?![-\u2013]\w)|half of|a third of|a quarter of|(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand)\s+[a-z]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FigureWord();
}
