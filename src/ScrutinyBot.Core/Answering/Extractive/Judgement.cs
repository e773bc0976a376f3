using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Answering.Extractive;

public enum AnswerVerdict
{
    Answerable,
    NothingFound,
    TooLittleCovered,
    EntityNotNamed,
    NoAnswerOfType,
    OnlyForeseen,
}

/// <summary>What <see cref="ExtractiveAnswerer.Judge"/> decided, on which passages (the reserve may have joined them),
/// with the candidate sentences and the reason in words for `explain`.</summary>
public sealed record Judgement(AnswerVerdict Verdict, RetrievalResult Result, List<AnswerUnit> Units, string Reason);
