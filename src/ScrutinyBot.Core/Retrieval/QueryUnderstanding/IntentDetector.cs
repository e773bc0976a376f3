using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Reads the intents of a question from its wording ("who chaired", "what time", "overdue"...).</summary>
public static partial class IntentDetector
{
    public static QuestionIntent Detect(string question)
    {
        var q = question.ToLowerInvariant().Replace('\u2019', '\'');
        var intent = QuestionIntent.None;
        intent |= Flag(Chair().IsMatch(q), QuestionIntent.Chair);
        intent |= Flag(Absent().Matches(q).Any(m => !IsAMeasure(q, m)), QuestionIntent.Absent);
        intent |= Flag(Apologies().IsMatch(q), QuestionIntent.Apologies);
        intent |= Flag(Attended().Matches(q).Any(m => !IsAMeasure(q, m)), QuestionIntent.Attendance);
        intent |= Flag(StartTime().IsMatch(q), QuestionIntent.StartTime);
        intent |= Flag(EndTime().IsMatch(q), QuestionIntent.EndTime);
        intent |= Flag(Place().IsMatch(q), QuestionIntent.Place);
        intent |= Flag(When().Matches(q).Any(m => !IsConjunction(q, m)), QuestionIntent.When);
        intent |= Flag(NextMeeting().IsMatch(q), QuestionIntent.NextMeeting);
        intent |= Flag(Resolved().IsMatch(q), QuestionIntent.Resolutions);
        intent |= Flag(Recommended().IsMatch(q), QuestionIntent.Recommendations);
        intent |= Flag(Response().IsMatch(q), QuestionIntent.Response);
        intent |= Flag(Overdue().IsMatch(q), QuestionIntent.Overdue);
        intent |= Flag(Outcome().IsMatch(q) || WhetherDecided().IsMatch(q), QuestionIntent.Outcome);
        intent |= Flag(Frequency().IsMatch(q), QuestionIntent.Frequency);
        intent |= Flag(Enumeration().IsMatch(q), QuestionIntent.Enumeration);
        intent |= Flag(Decision().IsMatch(q), QuestionIntent.Decision);
        intent |= Flag(Agenda().IsMatch(q), QuestionIntent.Agenda);
        intent |= Flag(!Overdue().IsMatch(q) && DueSoon().IsMatch(q), QuestionIntent.DueSoon);
        intent |= Flag(Deadline().IsMatch(q), QuestionIntent.Deadline);
        intent |= Flag(WorkProgramme().IsMatch(q), QuestionIntent.WorkProgramme);
        intent |= Flag(Quantity().IsMatch(q), QuestionIntent.Quantity);
        intent |= Flag(AsksForAPerson(q), QuestionIntent.Person);
        intent |= Flag(Reason().IsMatch(q), QuestionIntent.Reason);
        intent |= Flag(Conclusion().IsMatch(q), QuestionIntent.Conclusion);
        return CountAskedFirst(q) ? intent & ~(QuestionIntent.When | QuestionIntent.StartTime) : intent;
    }

    /// <summary>"How many concerns does the MASH get now vs when it started?": a count asked before any "when" or
    /// "start", which then only say what to compare it with.</summary>
    private static bool CountAskedFirst(string q)
    {
        var count = CountQuestion().Match(q);
        if (!count.Success || TimeAsked().IsMatch(q))
        {
            return false;
        }

        var when = When().Match(q);
        var start = StartTime().Match(q);
        return (when.Success || start.Success) && (!when.Success || when.Index > count.Index) && (!start.Success || start.Index > count.Index);
    }

    /// <summary>"Who was in the chair for the 9 January council when devolution was debated?": a "when" after another
    /// question word opens a clause that picks out the meeting, unless it asks a second question ("who and when",
    /// "who was appointed, and when?").</summary>
    private static bool IsConjunction(string q, Match when) =>
        when.Value.StartsWith("when", StringComparison.Ordinal) && QuestionWordBefore().IsMatch(q[..when.Index]) && !SecondQuestionOpens().IsMatch(q[..when.Index]);

    [GeneratedRegex(@"\b(who|whom|whose|what|which|where|why|how)\b")]
    private static partial Regex QuestionWordBefore();

    [GeneratedRegex(@"(\band|\bor|\bbut|[,;:?(\u2013\u2014-])\s*$")]
    private static partial Regex SecondQuestionOpens();

    /// <summary>"Which option did the committees prefer for who requests a call-in?" asks for an option: a "who" after a
    /// preposition, with another question word before it, opens a clause that says what the thing asked is about.</summary>
    private static bool AsksForAPerson(string q) =>
        Person().Matches(q).Any(m => !(ClauseOpening().IsMatch(q[..m.Index]) && OtherQuestionWord().IsMatch(q[..m.Index])));

    [GeneratedRegex(@"\b(for|about|on|over|as to|of)\s+$")]
    private static partial Regex ClauseOpening();

    [GeneratedRegex(@"\b(which|what|how|when|where|why)\b")]
    private static partial Regex OtherQuestionWord();

    [GeneratedRegex(@"\bhow (many|much)\b")]
    private static partial Regex CountQuestion();

    [GeneratedRegex(@"\bwhat time\b|\band when\b|\bwhen and\b")]
    private static partial Regex TimeAsked();

    /// <summary>"What's the pupil absence target?", "school attendance rates", "persistent absence": absence or
    /// attendance named by whose it is or measured, a service's figure, not who came to a meeting. A meeting's own
    /// ("member attendance", "apologies for absence", "attendance at the meeting") is still the meeting's.</summary>
    private static bool IsAMeasure(string q, Match m) =>
        m.Value is "absence" or "attendance"
        && (MeasureAfter().IsMatch(q[(m.Index + m.Length)..]) || (HolderBefore().Match(q[..m.Index]) is { Success: true } h && !MeetingHolder().IsMatch(h.Groups[1].Value)));

    [GeneratedRegex(@"^\s+(rates?|targets?|figures?|levels?|data|percentages?|statistics|stats|trends?|numbers?)\b")]
    private static partial Regex MeasureAfter();

    [GeneratedRegex(@"\b([a-z]+)(?:\s+|-)$")]
    private static partial Regex HolderBefore();

    /// <summary>Words before "absence"/"attendance" that leave it the meeting's: function words and the meeting's own people and bodies.</summary>
    [GeneratedRegex(@"^(for|of|in|on|at|the|a|an|their|his|her|its|my|our|your|any|no|with|and|or|good|poor|full|member|members|councillor|councillors|cllr|meeting|meetings|committee|committees|panel|board|cabinet|council|was|were|is|are|s)$")]
    private static partial Regex MeetingHolder();

    private static QuestionIntent Flag(bool on, QuestionIntent intent) => on ? intent : QuestionIntent.None;

    [GeneratedRegex(@"\bchair(ed|s|man|woman|person|ing)?\b|\bvice[- ]chair")]
    private static partial Regex Chair();

    [GeneratedRegex(@"\babsent\b|\babsence\b|\bwho (was|were)(n't| not) (there|present|at)\b|\bwho missed\b|\bdidn't (attend|turn up|come)\b")]
    private static partial Regex Absent();

    [GeneratedRegex(@"\bapolog")]
    private static partial Regex Apologies();

    [GeneratedRegex(@"\battend(ed|ance|ees|ing)?\b|\bwho (was|were) (there|present|at)\b|\bpresent at\b|\bwho came\b|\bwho (turned|showed) up\b|\b(turned|showed) up (to|at)\b|\b(subbed|subbing|substitut\w*|stood in|standing in|deputis\w*|deputiz\w*)\b")]
    private static partial Regex Attended();

    /// <summary>Also "time" listed with the other things asked of a meeting: "date, time and venue", "time and place".</summary>
    [GeneratedRegex(@"\b(what time|start|starts|started|starting|begin|begins|began|kick off)\b|\b(date|day),? (and |& )?time\b|\btime,? (and |& )?(venue|place|location|date)\b")]
    private static partial Regex StartTime();

    /// <summary>Not "who ended up winning": "end up" is how something turned out, not when a meeting ended.</summary>
    [GeneratedRegex(@"\b(finish|finished|finishes|finishing|end|ended|ends|close|closed|closes|over by|run until|wrap up|wraps up|wrapped up|wrapping up)\b(?! of\b| up\b)")]
    private static partial Regex EndTime();

    [GeneratedRegex(@"\bwhere\b|\b(which|what)('s| is| was)? (the )?(building|room|address)\b|\bvenue\b|\blocation\b|\bin person\b|\bon zoom\b|\bonline\b|\bremote(ly)?\b|\bon teams\b|\bvirtual\b|\bis it on\b")]
    private static partial Regex Place();

    [GeneratedRegex(@"\bwhen('s|\b)|\b(what|which)('s|s| is| was| are| were)? (the )?((exact|actual|precise) )?(date|day)s?\b|\bthe ((exact|actual|precise) )?dates? (of|for)\b|\bdate,? (and |& )?(time|venue|place|location)\b")]
    private static partial Regex When();

    [GeneratedRegex(@"\bnext (meeting|committee|board|session)\b|\bmeet(s|ing)? next\b|\bupcoming meeting\b")]
    private static partial Regex NextMeeting();

    [GeneratedRegex(@"\bresol(ved|ution|utions|ve)\b|\bagree(d|s)?\b|\bdecided?\b|\bdecisions?\b|\bsigned off\b")]
    private static partial Regex Resolved();

    [GeneratedRegex(@"\brecommend(ation|ations|ed|s)?\b|\brecs?\b")]
    private static partial Regex Recommended();

    [GeneratedRegex(@"\brespon(se|ses|d|ded|ding)\b|\brepl(y|ied|ies)\b|\bheard back\b|\banswer(ed)?\b|\b(the )?latest on\b|\b(an )?update on\b|\bprogress (on|with)\b|\bwhere are we (on|with)\b|\bany news (on|about)\b|\bwhat did (the )?(council|cabinet|executive|department|officers?|portfolio holder|cabinet member|director|service) (say|tell|write)\b")]
    private static partial Regex Response();

    [GeneratedRegex(@"^\s*(which|what)\s+(?!(is|was|are|were|does|did|do|has|have|time|date|day)\b)([\w'-]+\s+){0,3}?[a-z]{3,}s\s+(did|were|are|have|had|came|come|was|do|does|has|got|will|is)\b|\blist (the|all|of)\b")]
    private static partial Regex Enumeration();

    [GeneratedRegex(@"\b(being |been )?(asked|invited|recommended) to (do|decide|agree|consider|note|approve)\b|\bwhat (is|are) (the )?\w+ (being )?(asked|invited) to\b|\bwhat does the report (recommend|ask)\b")]
    private static partial Regex Decision();

    /// <summary>Also "what's on for the July meeting?", "what's on the list for the 15 July committee?", "what's coming
    /// up at cabinet?": what is on, or coming up, at a meeting is its business; one noun may name the list ("list",
    /// "docket"); a longer name is a programme's ("what's on the partnership board forward plan for …").</summary>
    [GeneratedRegex(@"\bagenda\b|\bwhat (items|reports|papers|business) (are|were|is|was)\b|\bwhat('s|s| is| was| are| were) (being )?(discussed|considered)\b|\bwhat('s|s| is| was| will be) (it|the meeting)( meeting| going to be)? about\b"
        + @"|\bwhat('s|s| is| was| will be) (on|coming up) (?:(?:the|their|its) [a-z]+ )?(for|at) (?=[^?]*\b(meeting|committee|cttee|board|panel|cabinet|council|select|scrutiny|session)\b)")]
    private static partial Regex Agenda();

    [GeneratedRegex(@"\bhow (often|frequently|regularly)\b|\bhow many times (a|per|each)\b")]
    private static partial Regex Frequency();

    /// <summary>How something ended: a vote, a proposal, a decision ("what's happened with our request?"). "What happened to the proportion of children on
    /// plans?" asks how a figure moved, not how something ended.</summary>
    [GeneratedRegex(@"\bwhat(('s|’s|s| has| have) (happened|become)| happened| became) (to|with|of)\b(?! (the |its |their )?(number|numbers|proportion|rate|rates|percentage|share|level|levels|figure|figures|count|amount|cost|costs|spend|spending|total|average)\b)|\bwhat came of\b|\bwhatever happened\b|\b(the )?(outcome|result|fate) of\b|\bhow did the vote go\b|\bhow did (it|they|the\b[^?]{0,80}?) (go|do|fare)\b|\b(was|were) (it|they|the\b[^?]{0,60}?) (carried|passed|agreed|lost|approved|rejected|defeated)\b|\bdid (it|they|the\b[^?]{0,60}?) (pass|get through|go through|succeed|fail)\b")]
    private static partial Regex Outcome();

    /// <summary>"did full council actually agree to…?", "did cabinet approve…?": asks how a decision ended, which only
    /// a record of the decision answers.</summary>
    public static bool AsksWhetherDecided(string question) => WhetherDecided().IsMatch(question);

    [GeneratedRegex(@"\bdid (it|they|(full |the )?(council|cabinet|committee|cttee|panel|board|members)\b)( \w+)? (agree|approve|decide|adopt|accept|endorse|reject|refuse|vote)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhetherDecided();

    [GeneratedRegex(@"\boverdue\b|\blate\b|\bpast (the |their )?deadline|\boutstanding\b|\b(not|n't) (yet )?(responded|replied)\b|\bstill waiting\b|\bawaiting\b")]
    private static partial Regex Overdue();

    /// <summary>"Due" owed to someone ("responses due to the committee"), not "due to open" or "due to staffing", when
    /// something is planned to happen or why.</summary>
    private const string DueOwed = @"\bdue\b(?!\s+to\s+(?!the\b|this\b|that\b|us\b|our\b|scrutiny\b|committee\b|cabinet\b|council\b)[a-z])";

    /// <summary>"What's due this month?", "responses due to the committee".</summary>
    [GeneratedRegex(DueOwed + @"|\bcoming up\b(?! at\b)|\bupcoming\b")]
    private static partial Regex DueSoon();

    /// <summary>"When were responses due", and with the verb after its subject, "when responses were due on the
    /// recs" or "when the reply is due"; "when is the free school due to open?" asks when it opens.</summary>
    [GeneratedRegex(@"\bdeadlines?\b|\bby when\b|\bdue (date|by)\b|\bwhen (is|was|are|were) .{0,40}" + DueOwed + @"|\bwhen (?:[\w'’]+ ){1,5}(is|was|are|were|be) " + DueOwed)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"\bwork ?programme\b|\bforward plan\b|\bwork ?plan\b|\bfuture agenda|\bcoming to (the )?committee\b|\bcome(s)? to committee\b")]
    private static partial Regex WorkProgramme();

    [GeneratedRegex(@"\bhow (many|much)\b|%|\bper ?cent|\bfigures?\b|\bnumbers?\b|\btargets?\b|\brates?\b|\bproportion\b|\bhow big\b|\bwhat (\w+ )?size\b|\bgap\b|\bcost\b|\boverspend|\bbudget\b|\bvalu(e|es|ation|ations)\b(?! for money)|\bworth\b|" + SumSaved)]
    private static partial Regex Quantity();

    /// <summary>"the yearly saving", "the total savings": a sum of money saved.</summary>
    internal const string SumSaved = @"\b(annual|yearly|total|overall|expected|estimated|projected|net|full[- ]year) savings?\b";

    [GeneratedRegex(@"\bwho\b|\bwhom\b|\bwhose\b")]
    private static partial Regex Person();

    [GeneratedRegex(@"\bwhy\b|\breason\b|\bhow come\b")]
    private static partial Regex Reason();

    [GeneratedRegex(@"\bconclu(de|ded|des|ding|sion|sions)\b|\bverdict\b|\b(overall|final) (view|assessment|judgement|opinion)\b|\bbottom line\b")]
    private static partial Regex Conclusion();
}
