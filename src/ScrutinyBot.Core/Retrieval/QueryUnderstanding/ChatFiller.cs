using System.Text.RegularExpressions;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Chat phrases that say how a person asks, not what about: "can you tell me", "remind me", "any idea",
/// "quick one -", "I was wondering", greetings and "please", and "right now" or "at the moment" (which say no more than
/// "currently") or "are left" (no more than "remain": not the verb "leave"), anywhere in the question. Taking them out
/// leaves the question itself, so its kind ("who…", "when…") is read where it starts and its topic is not "reminders".
/// Source: how people ask in chat (the phrasings of the reworded and dev questions, and common English politeness
/// forms), not any one question.</summary>
public static partial class ChatFiller
{
    /// <summary>The question without its chat phrases; "what's the name of" and "remind me of the name of" become
    /// "who is" when a person is named by their role ("… of the adviser who chairs the board"), else "what is" ("… of
    /// the new unitary council").</summary>
    public static string Strip(string question)
    {
        var text = question.Replace('\u2019', '\'');
        text = NameOf().Replace(text, m => m.Groups["role"].Success || PersonNamed().IsMatch(text[(m.Index + m.Length)..]) ? "who is " : "what is ");
        text = FiguresAskedAtTheEnd().Replace(text, "");
        text = Phrase().Replace(text, " ");
        text = Spaces().Replace(text, " ").Trim(' ', ',', '-', ':', ';', '\u2013', '\u2014');
        return text.Length == 0 ? question.Trim() : text;
    }

    [GeneratedRegex(@"(\bwhat('s|s| is| was)|((\b(can|could|would) (you|u) (please )?)?\b(remind|tell|give) (me|us)( of)?)) the names? of\s+(the\s+)?(?<role>person|member|councillor|officer)?\s*(who\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex NameOf();

    [GeneratedRegex(@"^\s*(the\s+|our\s+|their\s+|its\s+|your\s+)?([\w'-]+\s+){0,4}?(" + PersonRoles.Nouns + @"|person|member|chair|leader|lead|head|minister|mayor|clerk|author|contact|headteacher|chief executive)\b(?!['’])", RegexOptions.IgnoreCase)]
    private static partial Regex PersonNamed();

    [GeneratedRegex(
        @"(^|(?<=[\s,.;:!?-]))("
        + @"(hi|hello|hey)( there| all| team)?\b[,!]?"
        + @"|quick (one|question|q)\b\s*[-:,\u2013\u2014]?"
        + @"|(can|could|would|will) (you|u|someone|anyone) (please |just |quickly )?(tell|remind|let) (me|us)( know)?( please)?\b"
        + @"|(can|could|would) (you|u) (please |just )?(check|confirm|find out|look up|say)( for me)?\b"
        + @"|(do|does) (you|anyone|anybody) (happen to )?(know|remember|recall)\b"
        + @"|(have you )?(got |any )idea\b"
        + @"|any (word|news)( yet)? (on|about)\b"
        + @"|(just )?(remind|tell) me\b"
        + @"|i('m| am) (trying to (find out|remember|work out)|wondering|not sure)\b"
        + @"|i (was|am) wondering\b|i wonder\b"
        + @"|i('d| would) like to know\b|i need to know\b|i want to know\b"
        + @"|(if you (can|could)|if possible)\b"
        + @"|(please|pls|thanks|thank you|cheers|ta)\b[.!]?"
        + @"|(right now|at the moment|at present|as (things|it) stands?|these days)\b"
        + @"|(?<=\b(are|is|were) (still )?)left\b(?! (out|off|behind|over|to|with)\b)"
        + @")(?=$|[\s,.;:!?-])",
        RegexOptions.IgnoreCase)]
    private static partial Regex Phrase();

    /// <summary>A closing "- got a figure?" or "? do we have numbers" asks for the answer's kind (the question before it
    /// already asks "how many"), not for passages that speak of figures.</summary>
    [GeneratedRegex(@"[\s,.;:!?\u2013\u2014-]+(have we got|have we|we got|got|do we have|do you have|any)\s+(a |the |any )?(figure|number|stat|statistic)s?( (for|on) (that|this|it))?\s*[?.!]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex FiguresAskedAtTheEnd();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
