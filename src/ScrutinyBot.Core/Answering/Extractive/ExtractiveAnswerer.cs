using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Answering.Extractive;

/// <summary>Answers with the best sentences of the best passages, cited by number, within what fits in a chat
/// message; abstains (with the closest passage) when the passages do not cover enough of the question.</summary>
public sealed partial class ExtractiveAnswerer(IOptions<RetrievalOptions> options)
{
    public const int MaxAnswerChars = 1200;
    public const string NotFound = "I couldn't find that in the indexed papers.";

    private const int MaxSpans = 5;
    private const int FirstSpanChars = 700;
    private const int ListSpanChars = 1000;
    private const int SpanChars = 450;
    private const int FollowingChars = 500;
    private const int LaterItemsReserveChars = 150;
    private const int OutcomeChars = 1500;
    private const int OutcomeChunksOn = 3;
    private const double KeepShareOfBest = 0.55;
    private const double NewWordsWeight = 0.5;
    private const double FollowingShare = 0.9;
    private const double NamingShareOfBest = 0.8;
    private const int LeaningUnits = 3;

    public Answer Answer(RetrievalResult result, string? note = null)
    {
        if (result.Passages.Count == 0)
        {
            return new Answer(false, NotFound + " Try other words, or check the papers have been ingested.", [], Note: note);
        }

        var judged = Judge(result);
        var units = judged.Units;
        result = judged.Result;
        if (judged.Verdict != AnswerVerdict.Answerable)
        {
            return Closest(units, note);
        }

        var notNames = PersonNames.ExcludedWords(result);
        var chosen = Choose(units, result, notNames);
        if (chosen.Count > 0 && !NamesKeyEntities(result, Quoted(chosen)))
        {
            // The best sentences may come from papers that do not name the group or place asked ("the Greens'
            // amendment" is named in the amendment's own title, not in the minutes that repeat its wording): choose
            // again among the passages that do, if their best sentence is nearly as good.
            var naming = result.Passages.Where(p => NamesKeyEntities(result, [p])).Select(p => p.Hit.ChunkId).ToHashSet();
            var again = naming.Count == 0 ? [] : Choose(units.Where(u => naming.Contains(u.Passage.Hit.ChunkId)).ToList(), result, notNames);
            chosen = again.Count > 0 && again.Max(u => u.Score) >= NamingShareOfBest * chosen.Max(u => u.Score) ? again : chosen;
        }

        if (chosen.Count == 0)
        {
            return Closest(units, note);
        }

        chosen = SecondPart.Added(chosen, units, result, notNames, MaxAnswerChars);

        // A question asking for no particular kind of thing is still asked of a year: sentences that date themselves
        // by other years only answer it for those years.
        if (AnswerTypeCheck.Expected(result.Analysis) == ExpectedAnswer.Anything && chosen.Any(u => FigureYears.SpeaksOfAnotherYear(result.Analysis, u.Text))
            && !chosen.Any(u => FigureYears.SpeaksOfTheYearAsked(result.Analysis, u.Text)))
        {
            return Closest(units, note);
        }

        // The passages quoted must name the place, year or body asked: a passage the answer does not quote naming it is
        // not enough.
        if (!NamesKeyEntities(result, Quoted(chosen)) || FiguresOnlyFromAnotherCouncil(result, chosen))
        {
            return Closest(units, note);
        }

        // "How did the vote go?" and "what did scrutiny decide on 29 Jan?": the outcome ("Option d) was agreed",
        // "the motion was carried") often follows the sentences that match the question.
        if (!AsksHowItEnded(result.Analysis))
        {
            return Compose(chosen, note);
        }

        // Papers that set out a motion but not how it ended (a motion published before the meeting) do not answer
        // "how did the vote go?": the passages quoted must record an outcome somewhere.
        var quoted = chosen.Select(u => u.Passage.Hit.ChunkId).ToHashSet();
        return ProposalOutcome.AsksAboutAVote(result.Analysis.Text) && !ProposalOutcome.AnyRecorded(units.Where(u => quoted.Contains(u.Passage.Hit.ChunkId)))
            ? Closest(units, note)
            : Compose(WithOutcomes(chosen, units), note);
    }

    /// <summary>Whether the passages answer the question, and if not why not: too little of the question covered, a
    /// place, year or body of the question never named, or nothing of the kind asked for (a figure, a name, a date)
    /// next to what it asks about. The reserve is searched for that kind of answer before giving up.</summary>
    public Judgement Judge(RetrievalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Passages.Count == 0)
        {
            return new Judgement(AnswerVerdict.NothingFound, result, [], "no passage matched");
        }

        var notNames = PersonNames.ExcludedWords(result);
        var units = Candidates(result, notNames);
        var typed = AnswerTypeCheck.Holds(result.Analysis, units, result.StemWeights, notNames);
        if (!typed && IsAnswerable(result) && WithReserveOfType(result, notNames) is { } widened)
        {
            (result, typed) = (widened, true);
            units = Candidates(result, PersonNames.ExcludedWords(result));
        }

        // A meeting's time is found by the meeting (its committee and date), not by words: "what time does KCC Cabinet
        // start on Thurs 13th March?" has hardly a word the front sheet repeats.
        var meetingTime = typed && AnswerTypeCheck.Expected(result.Analysis) is ExpectedAnswer.TimeRecorded or ExpectedAnswer.TimeScheduled;
        if (!meetingTime && !IsAnswerable(result))
        {
            return new Judgement(AnswerVerdict.TooLittleCovered, result, units,
                string.Create(CultureInfo.InvariantCulture, $"the best passage covers {result.BestCoverage:0.00} of the question, below {options.Value.MinCoverage:0.00}"));
        }

        var unnamed = MissingEntities(result, result.Passages);
        if (unnamed.Count > 0)
        {
            return new Judgement(AnswerVerdict.EntityNotNamed, result, units, "no passage names " + string.Join(", ", unnamed));
        }

        if (ForeseenOnly.Year(result.Analysis.Text, units, AsksHowItEnded(result.Analysis) || AsksWhatWasConcluded(result.Analysis) || AsksWhetherItHappened(result.Analysis) ? result.Analysis.Dates : null, result.StemWeights) is { } foreseen)
        {
            return new Judgement(AnswerVerdict.OnlyForeseen, result, units, $"the passages only look ahead to {foreseen}");
        }

        if (ForeseenOnly.Focus(result.Analysis.Text, units, result.Analysis.Dates) is { } awaited)
        {
            return new Judgement(AnswerVerdict.OnlyForeseen, result, units, $"the passages only look ahead to the {awaited}");
        }

        if (typed && AnswerTypeCheck.Expected(result.Analysis) == ExpectedAnswer.Quantity)
        {
            var holding = AnswerTypeCheck.HoldingUnits(result.Analysis, units, result.StemWeights, PersonNames.ExcludedWords(result));
            if (ForeseenOnly.FiguresOnlyAimedAt(result.Analysis.Text, holding.Select(u => u.Text).ToList()))
            {
                return new Judgement(AnswerVerdict.OnlyForeseen, result, units, "the figures on the subject are only aims or forecasts");
            }
        }

        return typed
            ? new Judgement(AnswerVerdict.Answerable, result, units, "answerable")
            : new Judgement(AnswerVerdict.NoAnswerOfType, result, units, $"no {AnswerTypeCheck.Expected(result.Analysis)} near the question's subject");
    }

    /// <summary>"I couldn't find that", with the closest passage when there is one: for when another reader (the
    /// language model) has judged the passages do not answer the question.</summary>
    public Answer Declined(RetrievalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var units = result.Passages.Count == 0 ? [] : Candidates(result, PersonNames.ExcludedWords(result));
        return units.Count == 0 ? new Answer(false, NotFound, []) : Closest(units, note: null);
    }

    private static Answer Closest(List<AnswerUnit> units, string? note)
    {
        var closest = units.OrderByDescending(u => u.Score).First();
        var citation = CitationFactory.FromChunk(1, closest.Passage.Hit.Chunk, closest.Text);
        return new Answer(false, $"{NotFound} Closest: \"{Shorten(closest.Text, 300)}\" [1]", [citation], Note: note);
    }

    /// <summary>The passages with those of the reserve that cover the question nearly as well as the best passage and
    /// hold the kind of answer it asks for (<see cref="AnswerTypeCheck"/>); null when none does. Ranking weighs
    /// words, not whether a passage names the person asked for, so "Steve Edwards, Independent Scrutineer,
    /// presented…" can rank below pages about what the scrutineer does.</summary>
    private static RetrievalResult? WithReserveOfType(RetrievalResult result, IReadOnlySet<string> notNames)
    {
        var floor = result.BestCoverage * AnswerTypeCheck.ShareOfBest;
        var fitting = result.Reserve
            .Where(p => p.Coverage >= floor)
            .Where(p => AnswerTypeCheck.Holds(result.Analysis, Candidates(result with { Passages = [p] }, notNames), result.StemWeights, notNames))
            .ToList();
        return fitting.Count == 0 ? null : result with { Passages = [.. result.Passages, .. fitting], Reserve = [] };
    }

    /// <summary>For `explain`: the sentences holding the kind of answer asked for, with the coverage of their window
    /// and the coverage needed (<see cref="AnswerTypeCheck.Evidence"/>).</summary>
    public static (double Needed, IReadOnlyList<(double Coverage, string Text)> Holding) TypeEvidence(RetrievalResult result)
    {
        var notNames = PersonNames.ExcludedWords(result);
        return result.Passages.Count == 0 ? (0, []) : AnswerTypeCheck.Evidence(result.Analysis, Candidates(result, notNames), result.StemWeights, notNames);
    }

    /// <summary>The candidate sentences best first, with their scores and the rank of their passage (1-based), for
    /// explaining an answer.</summary>
    public static IReadOnlyList<(double Score, int Passage, string Text)> RankedSentences(RetrievalResult result, int count)
    {
        if (result.Passages.Count == 0)
        {
            return [];
        }

        var rank = result.Passages.Select((p, i) => (p.Hit.ChunkId, i)).DistinctBy(x => x.ChunkId).ToDictionary(x => x.ChunkId, x => x.i + 1);
        return Candidates(result, PersonNames.ExcludedWords(result))
            .OrderByDescending(u => u.Score)
            .Take(count)
            .Select(u => (u.Score, rank[u.Passage.Hit.ChunkId], u.Text))
            .ToList();
    }

    /// <summary>True when the best passage covers at least <see cref="RetrievalOptions.MinCoverage"/> of the question.</summary>
    public bool IsAnswerable(RetrievalResult result) =>
        result.Passages.Count > 0 && (result.StemWeights.Count == 0 || result.BestCoverage >= options.Value.MinCoverage);

    /// <summary>The sentences to quote; when none holds the kind of answer asked for, those again with the sentence
    /// that states it first.</summary>
    private static List<AnswerUnit> Choose(List<AnswerUnit> units, RetrievalResult result, IReadOnlySet<string> notNames)
    {
        var chosen = Select(units, result);
        return !HoldTheKindAsked(chosen, units, result, notNames) && WithAnswerFirst(units, result, notNames) is { } promoted
            ? Select(promoted, result)
            : chosen;
    }

    /// <summary>True when a chosen unit holds the kind of answer asked for. Papers are full of dates, so for a date
    /// question a date will not do unless it is beside the subject (<see cref="AnswerTypeCheck.HoldingUnits"/>) when some
    /// unit has one there: "the 16 December letter from the Minister…" does not say by when councils had to ask. Of the
    /// dates beside the subject, the one beside most of the question: "endorsed by Cabinet in July 2024" does not say
    /// when the cabinet committee endorsed it, which "endorsed at the … Cabinet Committee on 21 January 2025" does.</summary>
    private static bool HoldTheKindAsked(List<AnswerUnit> chosen, List<AnswerUnit> units, RetrievalResult result, IReadOnlySet<string> notNames)
    {
        if (!chosen.Any(u => AnswerTypeCheck.IsOfKind(result.Analysis, u, result.StemWeights, notNames)))
        {
            return false;
        }

        var expected = AnswerTypeCheck.Expected(result.Analysis);
        if (expected == ExpectedAnswer.Quantity && OfAnotherYear(chosen[0], result.Analysis))
        {
            // "What % … in 2023?" is not answered first by "During 2022, Nottinghamshire issued just 4.5%".
            var holdingYear = AnswerTypeCheck.HoldingUnits(result.Analysis, units, result.StemWeights, notNames);
            return holdingYear.Count == 0 || holdingYear.Contains(chosen[0]);
        }

        if (expected != ExpectedAnswer.Date)
        {
            return true;
        }

        var holding = AnswerTypeCheck.BestHoldingUnits(result.Analysis, units, result.StemWeights, notNames);
        return holding.Count == 0 || chosen.Any(holding.Contains);
    }

    /// <summary>A figure dated by other years than the question asks about (<see cref="FigureYears.DatedOtherwise"/>).</summary>
    private static bool OfAnotherYear(AnswerUnit unit, QueryAnalysis analysis)
    {
        var asked = FigureYears.AskedYears(analysis);
        return asked.Count > 0 && QuantityText.HasFigure(unit.Text) && FigureYears.DatedOtherwise(unit, asked);
    }

    /// <summary>True when the question asks for a figure of a council it names in full and every figure quoted comes
    /// from another council's paper (<see cref="CouncilAsked"/>).</summary>
    private static bool FiguresOnlyFromAnotherCouncil(RetrievalResult result, List<AnswerUnit> chosen)
    {
        if (!result.Analysis.Has(QuestionIntent.Quantity))
        {
            return false;
        }

        var withFigures = chosen.Where(u => QuantityText.HasFigure(u.Text)).ToList();
        var council = new CouncilAsked(result.Analysis.Text);
        return withFigures.Count > 0 && !withFigures.Any(council.Allows);
    }

    private static IEnumerable<ScoredPassage> Quoted(List<AnswerUnit> chosen) => chosen.Select(u => u.Passage).DistinctBy(p => p.Hit.ChunkId);

    /// <summary>True when every year and proper name of the question (<see cref="KeyEntities"/>) is in one of the passages,
    /// their following text, item titles, papers' titles or meetings' dates and committees: passages about another place or year answer
    /// another question.</summary>
    private static bool NamesKeyEntities(RetrievalResult result, IEnumerable<ScoredPassage> passages) =>
        MissingEntities(result, passages).Count == 0;

    private static List<string> MissingEntities(RetrievalResult result, IEnumerable<ScoredPassage> passages)
    {
        var entities = KeyEntities.Of(result.Analysis);
        if (entities.Count == 0)
        {
            return [];
        }

        var evidence = new StringBuilder();
        foreach (var passage in passages)
        {
            var chunk = passage.Hit.Chunk;
            evidence.Append(chunk.Text).Append(' ').Append(chunk.Council).Append(' ').Append(chunk.Committee).Append(' ').Append(chunk.MeetingDate?.Year).Append(' ').Append(chunk.PartTitle).Append(' ').Append(chunk.ItemTitle).Append(' ').Append(chunk.Paper?.Title).Append(' ');
            if (result.Following.TryGetValue(passage.Hit.ChunkId, out var next))
            {
                evidence.Append(next).Append(' ');
            }
        }

        var text = evidence.ToString();
        var stems = CoverageCalculator.IndexedStems(text);
        return entities.Where(e => !KeyEntities.IsNamedIn(text, stems, e)).ToList();
    }

    /// <summary>"How did the vote go?", "what did scrutiny decide on 29 Jan?": a question whose answer is how something
    /// ended.</summary>
    private static bool AsksHowItEnded(QueryAnalysis analysis) =>
        analysis.Has(QuestionIntent.Outcome) || (analysis.Has(QuestionIntent.Resolutions) && PastTense.In(analysis.Text));

    /// <summary>"What did the committee conclude at its March 2025 deep dive?": like a decision, a conclusion is only
    /// told by papers written after the meeting that reached it.</summary>
    private static bool AsksWhatWasConcluded(QueryAnalysis analysis) =>
        analysis.Has(QuestionIntent.Conclusion) && PastTense.In(analysis.Text);

    /// <summary>"Did the trust CEOs turn up to the March 2025 deeper dive?": whether something happened at a time is
    /// only told by papers written after it.</summary>
    private static bool AsksWhetherItHappened(QueryAnalysis analysis) => WhetherItHappened().IsMatch(analysis.Text);

    [GeneratedRegex(@"(^|[,;:\u2013\u2014-])\s*did\b", RegexOptions.IgnoreCase)]
    private static partial Regex WhetherItHappened();

    internal static List<AnswerUnit> Candidates(RetrievalResult result, IReadOnlySet<string> notNames)
    {
        var best = Math.Max(1e-6, result.Passages.Max(p => p.Score));
        var units = new List<AnswerUnit>();
        var namesWanted = result.Analysis.Has(QuestionIntent.Person);
        var outcomeWanted = AsksHowItEnded(result.Analysis);
        foreach (var passage in result.Passages)
        {
            var ownText = namesWanted ? passage.Hit.Chunk.Text : RecordedVotes.WithoutNames(passage.Hit.Chunk.Text);
            var own = SentenceSplitter.SplitWithLayout(ownText);
            var following = Following(result, passage.Hit.ChunkId, ownText, namesWanted, outcomeWanted ? OutcomeChars : FollowingChars).ToList();
            if (EndsInFragment(own, following))
            {
                // The chunk was cut mid-sentence and the next one starts with that sentence whole.
                own = own.Take(own.Count - 1).ToList();
            }
            else if (EndsMidSentence(own, following))
            {
                // The chunk was cut at a PDF line break mid-sentence and the next one goes on with it: read them as one
                // ("… based upon the projected" + "need for new places …; Kent has been allocated £5,046,624.").
                own = [.. own.Take(own.Count - 1), own[^1] with { Text = own[^1].Text + " " + following[0].Text }];
                following.RemoveAt(0);
            }

            var layout = own.Concat(following).ToList();
            var unscored = layout.Select((u, i) => new AnswerUnit(passage, i, u.Text, 0, CoverageCalculator.Stems(u.Text), u.StartsLine)).ToList();
            for (var i = 0; i < unscored.Count; i++)
            {
                // The first sentences of the next chunk are scored too, a little below the passage's own: a chunk often
                // ends with the sentence that introduces what the question asks and the next one starts with it.
                var unit = unscored[i];
                var listStems = UnitShape.IntroducesList(unit.Text) ? ListStems(unscored, unit) : null;
                var score = SentenceScorer.Score(unit.Text, unit.Stems, result, passage, passage.Score / best, notNames, listStems, LeaningStems(unscored, i))
                    + result.MeaningBonus.GetValueOrDefault(unit.Text);
                units.Add(unit with { Score = i < own.Count ? score : FollowingShare * score });
            }
        }

        return units;
    }

    /// <summary>The units, with the best one holding the kind of answer asked for (a figure, a name, a date beside the
    /// subject: <see cref="AnswerTypeCheck.HoldingUnits"/>) scored first, for when the sentences chosen by words have
    /// nothing of that kind: the answer then starts with the sentence that states it, not with those that only talk
    /// about the subject. Null when no unit holds it.</summary>
    private static List<AnswerUnit>? WithAnswerFirst(List<AnswerUnit> units, RetrievalResult result, IReadOnlySet<string> notNames)
    {
        var holding = AnswerTypeCheck.Expected(result.Analysis) == ExpectedAnswer.Date
            ? AnswerTypeCheck.BestHoldingUnits(result.Analysis, units, result.StemWeights, notNames)
            : AnswerTypeCheck.HoldingUnits(result.Analysis, units, result.StemWeights, notNames);
        var first = holding.Where(u => u.Score > 0).OrderByDescending(u => u.Score).FirstOrDefault();
        if (first is null)
        {
            return null;
        }

        var top = units.Max(u => u.Score);
        return units.Select(u => ReferenceEquals(u, first) ? u with { Score = top + 1e-6 } : u).ToList();
    }

    private static bool EndsMidSentence(IReadOnlyList<TextUnit> own, IReadOnlyList<TextUnit> following) =>
        own.Count > 0 && following.Count > 0 && own[^1].Text.TrimEnd() is { Length: > 0 } last && following[0].Text.Length > 0
        && !".!?:;\"'”’)".Contains(last[^1], StringComparison.Ordinal) && char.IsLower(following[0].Text[0]);

    private static bool EndsInFragment(IReadOnlyList<TextUnit> own, IReadOnlyList<TextUnit> following) =>
        own.Count > 1 && following.Count > 0 && following[0].Text.Length > own[^1].Text.Length
        && following[0].Text.StartsWith(own[^1].Text, StringComparison.Ordinal);

    /// <summary>The first units of the chunk after this one (without the overlap it repeats), so a span that reaches
    /// the end of a chunk can be finished.</summary>
    private static IEnumerable<TextUnit> Following(RetrievalResult result, long chunkId, string ownText, bool namesWanted, int maxChars)
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

            if (length > maxChars)
            {
                yield break;
            }

            length += unit.Text.Length;
            yield return unit;
        }
    }

    /// <summary>The words of a unit and of the units right after it that go on with what its person said ("He noted …",
    /// <see cref="UnitShape.GoesOnSpeaking"/>), up to <see cref="LeaningUnits"/> of them; null when the next does not.</summary>
    private static HashSet<string>? LeaningStems(IReadOnlyList<AnswerUnit> passageUnits, int index)
    {
        var leaning = passageUnits.Skip(index + 1).Take(LeaningUnits).TakeWhile(u => UnitShape.GoesOnSpeaking(u.Text)).ToList();
        return leaning.Count == 0 ? null : passageUnits[index].Stems.Concat(leaning.SelectMany(u => u.Stems)).ToHashSet(StringComparer.Ordinal);
    }

    private static HashSet<string>? ListStems(IReadOnlyList<AnswerUnit> passageUnits, AnswerUnit intro)
    {
        var span = AnswerSpan.Grow(passageUnits, intro, FirstSpanChars);
        return span.Count < 2 ? null : span.SelectMany(u => u.Stems).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The best sentences, each grown into its span (<see cref="AnswerSpan"/>), best span first, until the
    /// answer is full or the rest score too far below the best. After the first span a sentence also counts for the
    /// question words no chosen span holds yet, so both halves of "what budget and council tax were set?" are
    /// answered before a second sentence on the first half.</summary>
    private static List<AnswerUnit> Select(List<AnswerUnit> units, RetrievalResult result)
    {
        var byPassage = units.GroupBy(u => u.Passage.Hit.ChunkId).ToDictionary(g => g.Key, g => (IReadOnlyList<AnswerUnit>)g.OrderBy(u => u.Index).ToList());
        var top = units.Max(u => u.Score);
        var chosen = new List<AnswerUnit>();
        var weights = result.StemWeights;
        var uncovered = new Dictionary<string, double>(weights, StringComparer.Ordinal);
        var length = 0;
        for (var spans = 0; spans < MaxSpans; spans++)
        {
            var open = uncovered.Count > 0 && uncovered.Count < weights.Count ? uncovered : null;
            var next = units
                .Where(u => u.Score > 0 && !chosen.Contains(u) && !chosen.Any(c => IsDuplicate(c, u)) && length + u.Text.Length + 6 <= MaxAnswerChars)
                .Select(u => (Unit: u, Value: u.Score + (open is null ? 0 : NewWordsWeight * Share(open, weights, u.Stems))))
                .OrderByDescending(x => x.Value)
                .FirstOrDefault();
            if (next.Unit is null || next.Value < top * KeepShareOfBest)
            {
                break;
            }

            var passageUnits = byPassage[next.Unit.Passage.Hit.ChunkId];
            var span = AnswerSpan.Grow(passageUnits, next.Unit, spans == 0 ? FirstSpanChars : SpanChars, spans == 0 ? 3 : 1);
            if (spans == 0)
            {
                span = ReadListOn(passageUnits, next.Unit, span, result);
                if (result.Analysis.Has(QuestionIntent.Conclusion))
                {
                    span = ClosingSentence.Add(span, passageUnits, result, MaxAnswerChars - LaterItemsReserveChars);
                }
            }

            foreach (var member in span.Where(m => !chosen.Contains(m)))
            {
                if (length + member.Text.Length + 6 > MaxAnswerChars)
                {
                    break;
                }

                chosen.Add(member);
                length += member.Text.Length + 6;
                foreach (var stem in uncovered.Keys.Where(k => CoverageCalculator.Contains(member.Stems, k)).ToList())
                {
                    uncovered.Remove(stem);
                }
            }
        }

        return FinishLists(chosen, byPassage);
    }

    /// <summary>A chosen sentence that announces a list ("…be progressed:") brings the list's first items that fit,
    /// or goes: an answer never ends on "as follows:".</summary>
    internal static List<AnswerUnit> FinishLists(List<AnswerUnit> chosen, Dictionary<long, IReadOnlyList<AnswerUnit>> byPassage)
    {
        var result = new List<AnswerUnit>(chosen);
        foreach (var intro in chosen.Where(u => u.Text.TrimEnd().EndsWith(':')))
        {
            var passageUnits = byPassage[intro.Passage.Hit.ChunkId];
            var at = IndexIn(passageUnits, intro);
            if (at + 1 < passageUnits.Count && result.Contains(passageUnits[at + 1]))
            {
                continue;
            }

            var length = result.Sum(u => u.Text.Length + 6);
            var added = 0;
            for (var i = at + 1; i < passageUnits.Count && UnitShape.IsEnumeratedItem(passageUnits[i].Text) && !result.Contains(passageUnits[i]); i++)
            {
                if (length + passageUnits[i].Text.Length + 6 > MaxAnswerChars)
                {
                    break;
                }

                result.Add(passageUnits[i]);
                length += passageUnits[i].Text.Length + 6;
                added++;
            }

            if (added == 0)
            {
                result.Remove(intro);
            }
        }

        return result.Count == 0 ? chosen : result;
    }

    private static int IndexIn(IReadOnlyList<AnswerUnit> passageUnits, AnswerUnit unit)
    {
        for (var i = 0; i < passageUnits.Count; i++)
        {
            if (ReferenceEquals(passageUnits[i], unit))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Each chosen proposal's outcome joins its passage's sentences; sentences of other passages, worst
    /// first, give way when the answer would be too long.</summary>
    private static List<AnswerUnit> WithOutcomes(List<AnswerUnit> chosen, List<AnswerUnit> units)
    {
        var result = new List<AnswerUnit>(chosen);
        foreach (var group in chosen.GroupBy(u => u.Passage.Hit.ChunkId).ToList())
        {
            var passageUnits = units.Where(u => u.Passage.Hit.ChunkId == group.Key).OrderBy(u => u.Index).ToList();
            var outcome = ProposalOutcome.After(passageUnits, [.. group], MaxAnswerChars / 2);
            if (outcome.Count == 0)
            {
                // A recorded vote (the names for and against) can push the outcome two or three chunks on.
                outcome = ProposalOutcome.After([.. passageUnits, .. LaterInThePart(units, group.First().Passage)], [.. group], MaxAnswerChars / 2);
            }

            outcome = outcome.Where(u => !result.Contains(u)).ToList();
            if (outcome.Count == 0)
            {
                continue;
            }

            result.AddRange(outcome);
            var keep = new HashSet<AnswerUnit>(group.Concat(outcome));
            while (result.Sum(u => u.Text.Length + 6) > MaxAnswerChars && result.Where(u => !keep.Contains(u)).OrderBy(u => u.Score).FirstOrDefault() is { } worst)
            {
                result.Remove(worst);
            }
        }

        return result;
    }

    /// <summary>The units of the passages found that continue the same part of the same paper within a few chunks, in
    /// reading order.</summary>
    private static IEnumerable<AnswerUnit> LaterInThePart(List<AnswerUnit> units, ScoredPassage passage)
    {
        var chunk = passage.Hit.Chunk;
        return units
            .Where(u => u.Passage.Hit.ChunkId > passage.Hit.ChunkId && u.Passage.Hit.ChunkId <= passage.Hit.ChunkId + OutcomeChunksOn
                && u.Passage.Hit.Chunk.Source == chunk.Source && u.Passage.Hit.Chunk.PartOrdinal == chunk.PartOrdinal)
            .OrderBy(u => u.Passage.Hit.ChunkId)
            .ThenBy(u => u.Index);
    }

    /// <summary>A list that goes on past the first span is read on, as far as a chat message allows, to the last item
    /// that holds a question word the span lacks ("(c) the net revenue budget … (f) the council tax requirement");
    /// items beyond that reach join it only when they hold such a word (<see cref="LaterListItems"/>).</summary>
    private static IReadOnlyList<AnswerUnit> ReadListOn(IReadOnlyList<AnswerUnit> passageUnits, AnswerUnit seed, IReadOnlyList<AnswerUnit> span, RetrievalResult result)
    {
        var weights = result.StemWeights;
        if (!UnitShape.IntroducesList(seed.Text) && !UnitShape.IsEnumeratedItem(seed.Text))
        {
            return span;
        }

        var longer = AnswerSpan.Grow(passageUnits, seed, ListSpanChars, 3);
        var missing = weights.Keys.Where(k => !span.Any(m => CoverageCalculator.Contains(m.Stems, k))).ToList();
        var asked = WordPairs.Of(result.Analysis.Text, weights);
        asked.ExceptWith(span.SelectMany(m => WordPairs.Of(m.Text, weights)));
        var last = -1;
        for (var i = span.Count; i < longer.Count; i++)
        {
            if (missing.Any(k => CoverageCalculator.Contains(longer[i].Stems, k)) || WordPairs.Of(longer[i].Text, weights).Overlaps(asked))
            {
                last = i;
            }
        }

        return LaterListItems.Add(last < 0 ? span : [.. longer.Take(last + 1)], passageUnits, result, MaxAnswerChars - LaterItemsReserveChars);
    }

    /// <summary>The share of the question's weight held by words of <paramref name="open"/> the sentence has.</summary>
    private static double Share(IReadOnlyDictionary<string, double> open, IReadOnlyDictionary<string, double> weights, IReadOnlySet<string> stems)
    {
        var total = weights.Values.Sum();
        return total <= 0 ? 0 : open.Where(w => CoverageCalculator.Contains(stems, w.Key)).Sum(w => w.Value) / total;
    }

    internal static bool IsDuplicate(AnswerUnit a, AnswerUnit b)
    {
        if (a.Text == b.Text)
        {
            return true;
        }

        var shared = a.Stems.Count(b.Stems.Contains);
        return shared >= 0.8 * Math.Min(a.Stems.Count, b.Stems.Count) && Math.Min(a.Stems.Count, b.Stems.Count) > 3 && !GiveOtherFigures(a, b);
    }

    /// <summary>"As of October 2024 … working with 894 young adults" and "As of January 2025 … with 925": the same
    /// words, another reading; both answer "how many".</summary>
    private static bool GiveOtherFigures(AnswerUnit a, AnswerUnit b)
    {
        var first = QuantityText.FiguresIn(a.Text);
        var second = QuantityText.FiguresIn(b.Text);
        return first.Count > 0 && second.Count > 0 && !first.SetEquals(second);
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
            var body = Joined(ordered);
            if (text.Length + body.Length + 5 > MaxAnswerChars)
            {
                body = Shorten(body, Math.Max(0, MaxAnswerChars - text.Length - 6));
                if (body.Length < 40)
                {
                    break;
                }
            }

            text.Append(text.Length == 0 ? string.Empty : " ").Append(body).Append(" [").Append(number).Append(']');
            citations.Add(CitationFactory.FromChunk(number, group.First().Passage.Hit.Chunk, QuoteOf(ordered).Text));
        }

        return new Answer(true, text.ToString(), citations, Note: note);
    }

    /// <summary>A passage's chosen units in reading order; "…" marks text left out between them.</summary>
    private static string Joined(IReadOnlyList<AnswerUnit> ordered)
    {
        var text = new StringBuilder(ordered[0].Text);
        for (var i = 1; i < ordered.Count; i++)
        {
            text.Append(ordered[i].Index == ordered[i - 1].Index + 1 ? " " : " … ").Append(ordered[i].Text);
        }

        return text.ToString();
    }

    /// <summary>The sentence a citation quotes: the best-scoring one that reads as a sentence, not a heading or a
    /// cover-sheet table row ("Meeting Title  Children and Young People Scrutiny Committee  Report Title ..."), which
    /// names the paper but proves nothing.</summary>
    internal static AnswerUnit QuoteOf(IReadOnlyList<AnswerUnit> units) =>
        units.Where(u => UnitShape.ReadsAsSentence(u.Text)).OrderByDescending(u => u.Score).FirstOrDefault()
        ?? units.OrderByDescending(u => u.Score).First();

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : text[..Math.Max(0, max - 1)].TrimEnd() + "…";
}
