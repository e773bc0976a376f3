using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Tests.Answering.Facts;

/// <summary>Hand-built question analyses, so the fact answers are tested apart from how questions are read.</summary>
internal static class Questions
{
    /// <param name="content">The question's content words as the analyser keeps them (no dates, no committee).</param>
    public static QueryAnalysis Ask(
        string text,
        QuestionIntent intent,
        string content,
        DateMention[]? dates = null,
        string? committee = null,
        RelativeMeeting relative = RelativeMeeting.None) =>
        new(text, TextTerms.Tokenize(content), TextTerms.ContentStems(content), [], dates ?? [], relative, committee, null, intent);

    public static DateMention On(int year, int month, int day) => new(year, month, day, $"{day}/{month}/{year}");

    public static DateMention InMonth(int year, int month) => new(year, month, null, $"{month}/{year}");
}
