using ScrutinyBot.Core.Retrieval;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>A candidate sentence of an extractive answer, where it came from and how well it answers.</summary>
/// <param name="Index">Its position within the passage.</param>
/// <param name="StartsLine">True when it begins a line of the passage (see <see cref="TextUnit"/>).</param>
public sealed record AnswerUnit(ScoredPassage Passage, int Index, string Text, double Score, IReadOnlySet<string> Stems, bool StartsLine);
