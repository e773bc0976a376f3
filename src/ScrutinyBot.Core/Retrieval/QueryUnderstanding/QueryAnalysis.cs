using ScrutinyBot.Core.Documents;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>What a question is about, read from its words.</summary>
/// <param name="SearchTerms">Lower-case words to search for (stop words removed).</param>
/// <param name="ContentStems">Stems of the words an answer should cover (no dates, no committee name).</param>
/// <param name="Phrases">Multi-word names to match as phrases ("Harlow Academy", quoted text).</param>
/// <param name="Committee">The known committee the question names, when it names one clearly.</param>
/// <param name="Part">The part of a pack the question points at ("minutes", "work programme").</param>
public sealed record QueryAnalysis(
    string Text,
    IReadOnlyList<string> SearchTerms,
    IReadOnlyList<string> ContentStems,
    IReadOnlyList<string> Phrases,
    IReadOnlyList<DateMention> Dates,
    RelativeMeeting Relative,
    string? Committee,
    PartKind? Part,
    QuestionIntent Intent)
{
    /// <summary>Content stems that only set the scene (<see cref="ContextClauses"/>): they weigh less in what an answer
    /// must cover.</summary>
    public IReadOnlySet<string> ContextStems { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Content stems that only say how the question is put (<see cref="PhrasingWords"/>): a fact answer need
    /// not cover them.</summary>
    public IReadOnlySet<string> PhrasingStems { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The names the question writes in full that the papers also write by their initials
    /// (<see cref="SpelledOutName"/>), and the neighbouring words the papers write as one (<see cref="ClosedCompounds"/>),
    /// as the retriever found them in the index: a text holding the initials or the joined word covers the words.
    /// Empty until then.</summary>
    public IReadOnlyList<SpelledOutName> SpelledOut { get; init; } = [];

    /// <summary>True once its words have been read against the store's (spelling, phrasing): not to be done again.</summary>
    public bool ReadAgainstStore { get; init; }

    public bool Has(QuestionIntent intent) => (Intent & intent) != 0;

    /// <summary>True when the text writes a date the question names ("15 January 2025" for "15 Jan").</summary>
    public bool MentionsQuestionDate(string text) =>
        Dates.Count > 0 && Dates.Any(d => d.MayBeWrittenIn(text)) && DateExpressionParser.Parse(text).Any(written => Dates.Any(d => d.IsCompatibleWith(written)));

    /// <summary>True when a meeting's date fits the dates the question names (or it names none).</summary>
    public bool DateFits(DateOnly? date) => Dates.Count == 0 || (date is { } d && Dates.Any(m => m.Matches(d)));
}
