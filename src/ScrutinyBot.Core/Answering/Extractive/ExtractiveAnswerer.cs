using System.Text;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Answers with the best sentences of the best passages, cited by number, within what fits in a chat
/// message; abstains (with the closest passage) when the passages do not cover enough of the question.</summary>
public sealed class ExtractiveAnswerer(IOptions<RetrievalOptions> options)
{
    public const int MaxAnswerChars = 1200;
    public const string NotFound = "I couldn't find that in the indexed papers.";

    private const int MaxSpans = 5;
    private const int FirstSpanChars = 700;
    private const int SpanChars = 450;
    private const int FollowingChars = 500;
    private const double KeepShareOfBest = 0.55;

    public Answer Answer(RetrievalResult result, string? note = null)
    {
        if (result.Passages.Count == 0)
        {
            return new Answer(false, NotFound + " Try other words, or check the papers have been ingested.", [], Note: note);
        }

        var notNames = PersonNames.ExcludedWords(result);
        var units = Candidates(result, notNames);
        if (!IsAnswerable(result) || !NamesKeyEntities(result) || !AnswerTypeCheck.Holds(result.Analysis, units, result.StemWeights, notNames))
        {
            var closest = units.OrderByDescending(u => u.Score).First();
            var citation = CitationFactory.FromChunk(1, closest.Passage.Hit.Chunk, closest.Text);
            return new Answer(false, $"{NotFound} Closest: \"{Shorten(closest.Text, 300)}\" [1]", [citation], Note: note);
        }

        return Compose(Select(units), note);
    }

    /// <summary>True when the best passage covers at least <see cref="RetrievalOptions.MinCoverage"/> of the question.</summary>
    public bool IsAnswerable(RetrievalResult result) =>
        result.Passages.Count > 0 && (result.StemWeights.Count == 0 || result.BestCoverage >= options.Value.MinCoverage);

    /// <summary>True when every year and proper name of the question (<see cref="KeyEntities"/>) is in a passage, its
    /// following text or its meeting's date and committee: passages about another place or year answer another question.</summary>
    public static bool NamesKeyEntities(RetrievalResult result)
    {
        var entities = KeyEntities.Of(result.Analysis);
        if (entities.Count == 0)
        {
            return true;
        }

        var evidence = new StringBuilder();
        foreach (var passage in result.Passages)
        {
            var chunk = passage.Hit.Chunk;
            evidence.Append(chunk.Text).Append(' ').Append(chunk.Committee).Append(' ').Append(chunk.MeetingDate?.Year).Append(' ');
            if (result.Following.TryGetValue(passage.Hit.ChunkId, out var next))
            {
                evidence.Append(next).Append(' ');
            }
        }

        var stems = CoverageCalculator.IndexedStems(evidence.ToString());
        return entities.All(e => CoverageCalculator.Contains(stems, TextTerms.Stem(e)));
    }

    internal static List<AnswerUnit> Candidates(RetrievalResult result, IReadOnlySet<string> notNames)
    {
        var best = Math.Max(1e-6, result.Passages.Max(p => p.Score));
        var units = new List<AnswerUnit>();
        var namesWanted = result.Analysis.Has(QuestionIntent.Person);
        foreach (var passage in result.Passages)
        {
            var ownText = namesWanted ? passage.Hit.Chunk.Text : RecordedVotes.WithoutNames(passage.Hit.Chunk.Text);
            var own = SentenceSplitter.SplitWithLayout(ownText);
            var layout = own.Concat(Following(result, passage.Hit.ChunkId, ownText, namesWanted)).ToList();
            var unscored = layout.Select((u, i) => new AnswerUnit(passage, i, u.Text, 0, CoverageCalculator.Stems(u.Text), u.StartsLine)).ToList();
            for (var i = 0; i < unscored.Count; i++)
            {
                var unit = unscored[i];
                if (i >= own.Count)
                {
                    units.Add(unit); // read on into the next chunk only to finish a span, never to start one
                    continue;
                }

                var listStems = UnitShape.IntroducesList(unit.Text) ? ListStems(unscored, unit) : null;
                var score = SentenceScorer.Score(unit.Text, unit.Stems, result, passage, passage.Score / best, notNames, listStems);
                units.Add(unit with { Score = score });
            }
        }

        return units;
    }

    /// <summary>The first units of the chunk after this one (without the overlap it repeats), so a span that reaches
    /// the end of a chunk can be finished.</summary>
    private static IEnumerable<TextUnit> Following(RetrievalResult result, long chunkId, string ownText, bool namesWanted)
    {
        if (!result.Following.TryGetValue(chunkId, out var next))
        {
            yield break;
        }

        var length = 0;
        foreach (var unit in SentenceSplitter.SplitWithLayout(namesWanted ? next : RecordedVotes.WithoutNames(next)))
        {
            if (ownText.Contains(unit.Text, StringComparison.Ordinal))
            {
                continue;
            }

            if (length > FollowingChars)
            {
                yield break;
            }

            length += unit.Text.Length;
            yield return unit;
        }
    }

    private static HashSet<string>? ListStems(IReadOnlyList<AnswerUnit> passageUnits, AnswerUnit intro)
    {
        var span = AnswerSpan.Grow(passageUnits, intro, FirstSpanChars);
        return span.Count < 2 ? null : span.SelectMany(u => u.Stems).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The best sentences, each grown into its span (<see cref="AnswerSpan"/>), best span first, until the
    /// answer is full or the rest score too far below the best.</summary>
    private static List<AnswerUnit> Select(List<AnswerUnit> units)
    {
        var byPassage = units.GroupBy(u => u.Passage.Hit.ChunkId).ToDictionary(g => g.Key, g => (IReadOnlyList<AnswerUnit>)g.OrderBy(u => u.Index).ToList());
        var ordered = units.OrderByDescending(u => u.Score).ToList();
        var top = ordered[0].Score;
        var chosen = new List<AnswerUnit>();
        var length = 0;
        var spans = 0;
        foreach (var unit in ordered)
        {
            if (spans >= MaxSpans || unit.Score < top * KeepShareOfBest)
            {
                break;
            }

            if (chosen.Contains(unit) || chosen.Any(c => IsDuplicate(c, unit)) || length + unit.Text.Length + 6 > MaxAnswerChars)
            {
                continue;
            }

            var span = AnswerSpan.Grow(byPassage[unit.Passage.Hit.ChunkId], unit, spans == 0 ? FirstSpanChars : SpanChars, spans == 0 ? 3 : 1);
            foreach (var member in span.Where(m => !chosen.Contains(m)))
            {
                if (length + member.Text.Length + 6 > MaxAnswerChars)
                {
                    break;
                }

                chosen.Add(member);
                length += member.Text.Length + 6;
            }

            spans++;
        }

        return chosen;
    }

    private static bool IsDuplicate(AnswerUnit a, AnswerUnit b)
    {
        if (a.Text == b.Text)
        {
            return true;
        }

        var shared = a.Stems.Count(b.Stems.Contains);
        return shared >= 0.8 * Math.Min(a.Stems.Count, b.Stems.Count) && Math.Min(a.Stems.Count, b.Stems.Count) > 3;
    }

    /// <summary>Chosen sentences grouped by passage (best passage first, sentences in reading order), each group
    /// followed by its citation number.</summary>
    private static Answer Compose(List<AnswerUnit> chosen, string? note)
    {
        var groups = chosen.GroupBy(u => u.Passage.Hit.ChunkId).ToList();
        var text = new StringBuilder();
        var citations = new List<Citation>();
        foreach (var group in groups)
        {
            var number = citations.Count + 1;
            var ordered = group.OrderBy(u => u.Index).ToList();
            var body = string.Join(" ", ordered.Select(u => u.Text));
            if (text.Length + body.Length + 5 > MaxAnswerChars)
            {
                body = Shorten(body, Math.Max(0, MaxAnswerChars - text.Length - 6));
                if (body.Length < 40)
                {
                    break;
                }
            }

            text.Append(text.Length == 0 ? string.Empty : " ").Append(body).Append(" [").Append(number).Append(']');
            citations.Add(CitationFactory.FromChunk(number, group.First().Passage.Hit.Chunk, ordered.OrderByDescending(u => u.Score).First().Text));
        }

        return new Answer(true, text.ToString(), citations, Note: note);
    }

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : text[..Math.Max(0, max - 1)].TrimEnd() + "…";
}
