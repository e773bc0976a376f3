using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>The words of a question that only set the scene. People ask, then add what they remember: "what % of the
/// funding comes from the police? the cttee wrote to the Chief Constable about it", "why were reviews running late?
/// came up in the Q2 discussion". What follows the last question mark is context: it helps find the passage, but the
/// answer need not repeat it. (Only the text after a question mark is read so: a full stop may end an abbreviation,
/// "Cllr. Smith", as well as a sentence.) So is the paper they saw it in: "the recommendation tracker says…",
/// "according to the minutes…" point at where to look, and the passage seldom names itself. So is the event a question
/// opens with ("After the July 2022 Ofsted judgement, how long did the council have…", "When the committee wrote to
/// the police about their funding, what % did it say…": "when" opening a clause, not asking): the answer follows it,
/// and seldom names it again.</summary>
public static partial class ContextClauses
{
    /// <summary>The words for a paper people point at.</summary>
    private const string PaperWord = @"(recommendation|rec|action)\s+(tracker|log)|tracker|minutes|report|agenda(\s+pack)?|papers?|pack|work\s*programme|letter|appendix|briefing|update|response|answers";

    /// <returns>Stems used only after the last question mark or only to point at a paper; empty when nothing but the
    /// question is asked.</returns>
    public static IReadOnlySet<string> Stems(string question)
    {
        var context = new HashSet<string>(StringComparer.Ordinal);
        var asked = AskedEnd(question);
        if (asked > 0 && asked < question.Length - 1)
        {
            context.UnionWith(Stemmed(question[(asked + 1)..]));
            context.ExceptWith(Stemmed(question[..asked]));
        }

        if (LeadingTimeClause().Match(question) is { Success: true } clause)
        {
            var scene = Stemmed(clause.Groups["scene"].Value);
            scene.ExceptWith(Stemmed(question[(clause.Index + clause.Length)..]));
            context.UnionWith(scene);
        }
        else if (TrailingTimeClause().Match(question) is { Success: true } trailing)
        {
            var scene = Stemmed(trailing.Groups["scene"].Value);
            scene.ExceptWith(Stemmed(question[..trailing.Groups["clause"].Index]));
            context.UnionWith(scene);
        }

        if (LeadingStatement().Match(question) is { Success: true } statement && ActVerb(statement.Groups["statement"].Value) is { } act
            && !Stemmed(question[(statement.Index + statement.Length)..]).Contains(act))
        {
            context.Add(act);
        }

        foreach (var pointer in PartyOwner().Matches(question).Concat(MeetingPointer().Matches(question)))
        {
            var scene = Stemmed(pointer.Groups["scene"].Value);
            scene.ExceptWith(Stemmed(question.Remove(pointer.Index, pointer.Length)));
            context.UnionWith(scene);
        }

        var pointers = PaperPointer().Matches(question);
        if (pointers.Count > 0)
        {
            var pointed = pointers.Select(m => Stemmed(m.Value)).SelectMany(s => s).ToHashSet(StringComparer.Ordinal);
            pointed.ExceptWith(Stemmed(WithoutPointers(question)));
            context.UnionWith(pointed);
        }

        return context;
    }

    /// <summary>Where the question asked ends: at the last question mark, or before the questions that follow it when
    /// they are negative ones ("who chaired it on 13 Nov? wasn't the usual chair off?", "what time's cabinet? doesn't it
    /// clash with full council?"): a negative question says what the asker believes, it does not ask something
    /// new.</summary>
    private static int AskedEnd(string question)
    {
        // Text after the last question mark is context already; a negative question just before it joins it.
        var tail = question.LastIndexOf('?');
        while (tail > 0)
        {
            var previous = question.LastIndexOf('?', tail - 1);
            if (previous <= 0 || !NegativeQuestion().IsMatch(question[(previous + 1)..tail]))
            {
                break;
            }

            tail = previous;
        }

        return tail;
    }

    /// <summary>The stems of the parties the question names as owners of an amendment or a motion ("the Greens &amp;
    /// Indies … amendment"): papers name its proposer, so these are not names an answer must repeat.</summary>
    public static IReadOnlySet<string> PartyStems(string question) =>
        PartyOwner().Matches(question).SelectMany(m => Stemmed(m.Groups["scene"].Value)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The question without the words that point at a paper: "the recommendation tracker says" asks for no
    /// recommendation.</summary>
    public static string WithoutPointers(string question) => PaperPointer().Replace(question, " ");

    private static HashSet<string> Stemmed(string text) =>
        TextTerms.Tokenize(text).Where(t => !StopWords.Contains(t)).Select(TextTerms.Stem).ToHashSet(StringComparer.Ordinal);

    /// <summary>The stem of the first verb in the past in a statement ("The committee wrote to Notts Police about their
    /// funding"), or null.</summary>
    private static string? ActVerb(string statement)
    {
        foreach (var word in TextTerms.Tokenize(statement))
        {
            if ((word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal)) || IrregularVerbs.BaseOf(word) is not null)
            {
                return TextTerms.Stem(word);
            }
        }

        return null;
    }

    /// <summary>"The committee wrote to Notts Police about their funding of the partnership – what % were they actually
    /// contributing?": a statement of what someone did, then a dash and the question. The act sets the scene (the
    /// committee's letter); what it was about is the subject, and the answer need not say it was written. A heading that
    /// is itself a question ("what happened with the budget report - was it agreed?") is no statement.</summary>
    [GeneratedRegex(@"^\s*(?!(what|how|who|when|which|why|where|whats|what's|did|does|do|has|have|is|are|was|were|can|could)\b)(?<statement>[^?]{10,200}?)\s+[-\u2013\u2014:]\s+(?=(what|how|who|when|which|why|whats|what's|did|has|have|is|are|was|were)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingStatement();

    /// <summary>"wasn't the usual chair off", "didn't they approve it", "isn't that due in March": a yes/no question put
    /// in the negative.</summary>
    [GeneratedRegex(@"^\s*(\w+n['\u2019]?t|(is|was|were|are|did|does|do|has|have|had)\s+(it|he|she|they|that|this|there)\s+not)\s", RegexOptions.IgnoreCase)]
    private static partial Regex NegativeQuestion();

    /// <summary>"the Lib Dems' fly-tipping amendment", "Labour's alternative budget", "the Greens &amp; Indies
    /// amendment" ("Greens &amp; Inds"), "LD highways amendment": a motion or amendment named by the party that put it. Minutes and amendment
    /// forms name its proposer and seconder, seldom their party. The two- and three-letter forms people type for a party
    /// (LD, Lab, Con) count only before an amendment or a motion: "the LD budget" may be learning disability's.</summary>
    [GeneratedRegex(@"(?<scene>\b(lib\s*dems?|liberal\s+democrats?|labour|conservatives?|tory|tories|greens?|green\s+party|reform(\s+uk)?|independents?|indies|plaid(\s+cymru)?|snp)(\s*(&|and)\s*(independents?|indies|inds?|greens?))?(\s+group)?)(['\u2019]s?)?(?=\s+([\w'\u2019-]+\s+){0,6}?(amendments?|motions?|budgets?|proposals?|alternative|alt)\b)|(?<scene>\b(ld|lab|con)s?)(['\u2019]s?)?(?=\s+([\w'\u2019-]+\s+){0,3}?(amendments?|motions?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PartyOwner();

    /// <summary>"… at the extraordinary council on 9 Jan?", "… at budget council?", "… at December's full council": the
    /// meeting a question points at by its kind, at the end of the question or a clause. Its papers are where to look;
    /// a vote or a resolution minuted there seldom repeats what kind of meeting it was.</summary>
    [GeneratedRegex(@"\b(at|in)\s+(?<scene>(the\s+|an\s+|a\s+|last\s+|this\s+)?([\w'\u2019-]+\s+){0,2}?(meeting|council|cabinet|committee|cttee))(\s+(meeting|on|in|of)\b[^,?;]{0,25})?(?=\s*([,?;]|and\b|$))", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingPointer();

    /// <summary>"After the July 2022 Ofsted judgement, how long…", "Following the inspection, what…": a clause that
    /// opens the question with the event it follows or precedes, then a comma and the question itself.</summary>
    [GeneratedRegex(@"^\s*(after|following|since|before|prior to|in the wake of|once|when(?!\s+(is|was|were|are|will|would|did|does|do|has|have|had|can|could|should|it's|and)\b))\s+(?<scene>[^,?:;]{3,120}?)(,\s*|\s+)(?=(what|how|who|when|which|why|where|whats|what's)\b)|^\s*(after|following|since|before|prior to|in the wake of|once)\s+(?<scene>[^,?]{3,80}),\s*(?=(did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingTimeClause();

    /// <summary>"How long did the council have to send its plan after the 2022 report came out?": the event a question
    /// ends with, after the question itself.</summary>
    [GeneratedRegex(@"^\s*(what|how|who|when|which|whats|what's)\b[^?]{10,}?\s(?<clause>(after|following|once)\s+(?<scene>[^,?]{3,80}))\?*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingTimeClause();

    /// <summary>"The tracker says", "the committee's letter to the Chief Constable said", "according to the minutes", "in
    /// the rec tracker (Jan 2025 pack),", "on the rec tracker," opening the question (not "what's on the work programme"), "per Jim McMahon's letter of 16 Dec 2024,", "per the Kent commissioning plan
    /// 2025-29 report,", "according to the letter the committee sent?": the paper named as where to look (up to eight words before the word for a paper). So is a paper
    /// named as a heading before the question, as chat messages open: "treasury half-year report - what rate…", "Jan
    /// 2024 update: how many…", with the year it covers: "annual report 2020/21 – how many…". So is the paper a question
    /// opens with and describes: "in the letter we sent to the police about funding, what % …". So is a paper's
    /// reference put in brackets, however the council numbers its papers: "(decision 24/00109)", "(ref: KD2024/05)",
    /// "(item 7)"; "when cabinet reconsidered decision 24/00093" asks about the decision itself.</summary>
    [GeneratedRegex(@"^\s*(in|from)\s+(the|this|that|our|their|last)\s+([\w'\u2019/-]+\s+){0,3}?(" + PaperWord + @")\s+((that\s+|which\s+)?(we|they|you|i|he|she|it|the\s+\w+)\s+[^,?]{3,100},|(to|about|on|for|from|with|of)\s+[^,?]{3,100},(?=\s*(what|who|whom|when|where|which|why|how|did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b))|^\s*(?!(what|who|whom|when|where|which|why|how|did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b)([\w'\u2019/&-]+\s+){0,8}?(" + PaperWord + @")(\s+(19|20)\d\d([/\u2013-]\d{2,4})?)?(\s+(-|\u2013)|:)(?=\s)|\b(the|this|that|our|your|its|their|last)\s+([\w'\u2019]+['\u2019]s\s+)?(" + PaperWord + @")(\s+(to|from)(\s+[\w'\u2019-]+){1,5}?)?\s+(says?|said|mentions?|mentioned|states?|stated|shows?|showed|notes?|noted|suggests?|suggested|claims?|claimed)\b|(\b(according to|per|in)|^\s*on)\s+(the|this|that|our|last|(?-i:[A-Z][\w'\u2019-]*(\s+[A-Z][\w'\u2019-]*){0,2})['\u2019]s)\s+([\w'\u2019/-]+\s+){0,8}?(" + PaperWord + @")\b(\s+(on|about|for|into|of)\s+([\w'\u2019/&-]+\s+){0,7}?[\w'\u2019/&-]+|\s+(that\s+|which\s+)?(we|they|you|i|he|she|it|the\s+\w+)\s+[\w'\u2019-]+)?(\s*\([^()]{1,40}\))?(?=\s*(,|-|\u2013|:|\?|$|says?\b|said\b))|\(\s*((key\s+)?decision|ref|reference|item|paper|report)(\s+(ref|reference|no\.?|number))?\s*[:.]?\s+[A-Z]{0,4}[/-]?\d[\w/.-]*\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex PaperPointer();
}
