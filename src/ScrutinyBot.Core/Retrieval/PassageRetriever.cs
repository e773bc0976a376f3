using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using ScrutinyBot.Core.Diagnostics;
using ScrutinyBot.Core.Retrieval.Embeddings;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;
using ScrutinyBot.Core.Retrieval.Spelling;

namespace ScrutinyBot.Core.Retrieval;

/// <summary>Finds the passages that best answer a question: BM25 candidates (rare words only), then re-ranked by
/// how much of the question they cover and whether their committee, meeting date and part fit the question.
/// With an embedding model (on by default: the local MiniLM), the nearest chunk vectors join the BM25 candidates by
/// reciprocal-rank fusion before re-ranking, and the nearest chunks only the vector leg found keep a place among the
/// passages whatever their coverage.</summary>
public sealed class PassageRetriever(ISearchIndex index, IOptions<RetrievalOptions> options, HybridFusion? hybrid = null, IIndexVocabulary? vocabulary = null)
{
    private const double CommonShare = 0.3;
    private const double KeywordWeight = 0.5;
    private const int ReserveShare = 2;
    private const int MaxInitialismsRead = 2;
    private const int InitialismTexts = 5;
    private const int InitialismNameCandidates = 10;
    private const double RareInitialismShare = 0.01;

    /// <summary>The weight of a word that only says how the question is put (<see cref="PhrasingWords"/>): that of a word in
    /// nearly half the passages, so a passage is hardly judged by it.</summary>
    private const double PhrasingWeight = 0.5;

    /// <summary>How much of the coverage of a passage read with its paper's title counts.</summary>
    private const double PaperTitleShare = 0.8;

    /// <summary>How much a word that only sets the scene (<see cref="QueryAnalysis.ContextStems"/>) weighs against one of
    /// the question itself.</summary>
    private const double ContextShare = 0.5;

    /// <summary>A word the question comes back to weighs as the two mentions it has (query term frequency).</summary>
    private const double RepeatedShare = 2;

    public async Task<RetrievalResult> RetrieveAsync(QueryAnalysis analysis, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        analysis = await CorrectSpellingAsync(analysis, cancellationToken).ConfigureAwait(false);

        // The vector leg (embed the question, scan the vectors) is CPU work that waits on nothing: it runs on another
        // thread while SQLite answers the keyword queries.
        var vectorLeg = hybrid is { IsEnabled: true }
            ? Task.Run(() => hybrid.NearestAsync(analysis.Text, settings.VectorCandidates, cancellationToken), cancellationToken)
            : null;
        var expansions = Synonyms.SearchWords(analysis.ContentStems);
        var spelledOut = SpelledOutName.Of(analysis.Text);
        var compounds = ClosedCompounds.Of(analysis.Text);
        TermStatistics stats;
        using (AnswerStages.Start("retrieve.termstats"))
        {
            stats = await index.TermStatisticsAsync([.. analysis.SearchTerms, .. expansions, .. analysis.Phrases, .. spelledOut.Select(n => n.Letters), .. compounds.Select(n => n.Letters)], cancellationToken).ConfigureAwait(false);
        }

        analysis = analysis with
        {
            SpelledOut = [.. await WrittenBothWaysAsync(spelledOut, stats, cancellationToken).ConfigureAwait(false), .. compounds.Where(c => stats.DocumentFrequencies.GetValueOrDefault(c.Letters) > 0)],
        };
        expansions = [.. expansions, .. analysis.SpelledOut.Select(n => n.Letters).Distinct(StringComparer.Ordinal)];

        var weights = StemWeights(analysis, stats);
        var single = expansions.Where(w => !w.Contains(' ', StringComparison.Ordinal) && !stats.IsCommon(w, CommonShare)).ToList();
        var multi = expansions.Where(w => w.Contains(' ', StringComparison.Ordinal) && !stats.IsCommon(w, CommonShare)).ToList();
        var (terms, phrases) = SearchTermSelector.Select(new SearchWords(analysis.SearchTerms, analysis.Phrases), new SearchWords(single, multi), stats);
        // SQLite answers each query on the calling thread: the filtered query runs on another one, beside the main query.
        Task<IReadOnlyList<SearchHit>>? meetingSearch = null;
        if (analysis.Committee is not null || analysis.Part is not null || analysis.Dates.Any(d => d.Range is not null))
        {
            var range = analysis.Dates.Select(d => d.Range).FirstOrDefault(r => r is not null);
            // A question that names one meeting (its committee and day) searches that meeting's papers by every word
            // it has: they are few, so words too common to search the whole index by still tell them apart.
            var (meetingTerms, meetingPhrases) = analysis.Committee is not null && range is { } day && day.From == day.To
                ? SearchTermSelector.Select(new SearchWords(analysis.SearchTerms, analysis.Phrases), new SearchWords(single, multi), stats, share: 1.0)
                : new SearchWords(terms, phrases);
            var filtered = new SearchQuery(meetingTerms, meetingPhrases, range?.From, range?.To, analysis.Committee, analysis.Part, settings.Candidates / 2);
            meetingSearch = Task.Run(() => SearchAsync(filtered, cancellationToken), cancellationToken);
        }

        var candidates = new Dictionary<long, SearchHit>();
        Add(candidates, await SearchAsync(new SearchQuery(terms, phrases, Limit: settings.Candidates), cancellationToken).ConfigureAwait(false));
        if (meetingSearch is not null)
        {
            Add(candidates, await meetingSearch.ConfigureAwait(false));
        }

        var initialismNames = await NamesOfInitialismsAsync(analysis, stats, cancellationToken).ConfigureAwait(false);
        foreach (var (_, name) in initialismNames)
        {
            Add(candidates, await SearchAsync(new SearchQuery([], [name], Limit: InitialismNameCandidates), cancellationToken).ConfigureAwait(false));
        }

        if (initialismNames.Count > 0)
        {
            // A passage that writes the name covers the letters asked ("child protection plan" for "CP plan").
            analysis = analysis with { SpelledOut = [.. analysis.SpelledOut, .. initialismNames.Select(n => SpelledOutName.DefinedBy(n.Letters, n.Name))] };
        }

        if (vectorLeg is not null)
        {
            IReadOnlyList<VectorMatch> nearest;
            using (AnswerStages.Start("retrieve.vector.wait"))
            {
                nearest = await vectorLeg.ConfigureAwait(false);
            }

            using var fuse = AnswerStages.Start("retrieve.fuse");
            var fused = await hybrid!.FuseAsync(candidates.Values.ToList(), nearest, cancellationToken).ConfigureAwait(false);
            candidates = fused.ToDictionary(h => h.ChunkId);
        }

        var rank = AnswerStages.Start("retrieve.rank");
        candidates = CommitteeCouncils.Filled(candidates.Values).ToDictionary(h => h.ChunkId);

        var best = candidates.Count == 0 ? 1.0 : Math.Max(1e-6, candidates.Values.Max(h => h.Score));
        var bestSimilarity = Math.Max(1e-6, candidates.Values.Max(h => h.VectorSimilarity) ?? 1.0);
        var titlesNamingTheDate = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        // Each candidate is ranked on its own (reading its words is most of the cost): on every core, in the
        // candidates' order, so ties keep the order they had.
        var hits = candidates.Values.ToArray();
        var scored = new ScoredPassage[hits.Length];
        Parallel.For(0, hits.Length, i => scored[i] = Rank(hits[i], best, bestSimilarity, settings.VectorWeight, analysis, weights, titlesNamingTheDate));
        var ranked = scored
            .OrderByDescending(p => p.Score)
            // A council often publishes one paper twice (in the agenda pack and on its own): only the best-ranked copy
            // of a text takes one of the few places.
            .DistinctBy(p => p.Hit.Chunk.Text, StringComparer.Ordinal)
            .ToList();
        IReadOnlyList<ScoredPassage> passages = KeepVectorOnly(ranked, settings.MaxResults, settings.VectorOnlyKept);
        rank?.Dispose();
        if (PaperContacts.AreAsked(analysis.Text))
        {
            using var contacts = AnswerStages.Start("retrieve.contacts");
            passages = await new PaperContacts(index).WithContactsAsync(passages, cancellationToken).ConfigureAwait(false);
        }

        using var more = AnswerStages.Start("retrieve.following");
        var following = await index.FollowingTextAsync([.. passages.Select(p => p.Hit.ChunkId)], cancellationToken).ConfigureAwait(false);
        var reserve = ranked.Where(p => !passages.Contains(p)).Take(settings.MaxResults * ReserveShare).ToList();
        return new RetrievalResult(analysis, passages, weights) { Following = following, Reserve = reserve };
    }

    /// <summary>The names the question's initialisms stand for, read from the papers that use the letters ("LTP5":
    /// "local transport plan 5"): a paper that writes only the name (the minutes of the debate) is found by it too.</summary>
    private async Task<IReadOnlyList<(string Letters, string Name)>> NamesOfInitialismsAsync(QueryAnalysis analysis, TermStatistics stats, CancellationToken cancellationToken)
    {
        var names = new List<(string, string)>();
        // Only a rare initialism: one the papers use often is defined in the passages found by its letters anyway, and
        // ranking its many chunks to read a name would cost more than the rest of the search.
        foreach (var letters in InitialismNames.Asked(analysis.Text).Where(l => stats.DocumentFrequencies.GetValueOrDefault(l) > 0 && !stats.IsCommon(l, RareInitialismShare)).Take(MaxInitialismsRead))
        {
            using var stage = AnswerStages.Start("retrieve.initialisms");
            var hits = await index.SearchAsync(new SearchQuery([letters], [], Limit: InitialismTexts), cancellationToken).ConfigureAwait(false);
            if (hits.Select(h => InitialismNames.In(h.Chunk.Text, letters)).OfType<string>().GroupBy(n => n, StringComparer.Ordinal).MaxBy(g => g.Count())?.Key is { } name)
            {
                names.Add((letters, name));
            }
        }

        return names;
    }

    /// <summary>The question's spelled-out names that the papers write both in full and by their initials.</summary>
    private async Task<IReadOnlyList<SpelledOutName>> WrittenBothWaysAsync(IReadOnlyList<SpelledOutName> names, TermStatistics stats, CancellationToken cancellationToken)
    {
        var initialled = names.Where(n => stats.DocumentFrequencies.GetValueOrDefault(n.Letters) > 0).ToList();
        if (initialled.Count == 0)
        {
            return [];
        }

        var written = await index.TermStatisticsAsync([.. initialled.Select(n => n.Words).Distinct(StringComparer.Ordinal)], cancellationToken).ConfigureAwait(false);
        return [.. initialled.Where(n => written.DocumentFrequencies.GetValueOrDefault(n.Words) > 0)];
    }

    private async Task<QueryAnalysis> CorrectSpellingAsync(QueryAnalysis analysis, CancellationToken cancellationToken)
    {
        if (vocabulary is null || analysis.SearchTerms.Count == 0 || analysis.ReadAgainstStore)
        {
            return analysis;
        }

        var stats = await index.TermStatisticsAsync(analysis.SearchTerms, cancellationToken).ConfigureAwait(false);
        return await QuestionSpelling.CorrectAsync(analysis, stats, vocabulary, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The weight of each content stem: the rarity (IDF) of the rarest search term it comes from, twice that for a word the question repeats.</summary>
    public static Dictionary<string, double> StemWeights(QueryAnalysis analysis, TermStatistics stats)
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var repeated = RepeatedWords.Stems(analysis.Text);
        foreach (var stem in analysis.ContentStems)
        {
            var terms = analysis.SearchTerms.Where(t => TextTerms.Stem(t) == stem).ToList();
            var idf = terms.Select(stats.Idf).DefaultIfEmpty(1.0).Max();
            if (ShortForms.Spelled(stem) is { } spelled)
            {
                // "cttee" is "committee": as rare as the word written out, not as rare as a word the papers never use
                // ("govt", which one paper writes once, is as common as "government").
                var written = TextTerms.Tokenize(spelled).Select(stats.Idf).Max();
                idf = terms.All(stats.IsUnseen) || ShortForms.IsCouncilInitials(stem) ? written : Math.Min(idf, written);
            }

            weights[stem] = PhrasingWords.IsPhrasing(analysis, stem, stats) ? PhrasingWeight : idf;
            if (analysis.ContextStems.Contains(stem))
            {
                weights[stem] *= ContextShare;
            }

            if (repeated.Contains(stem))
            {
                weights[stem] *= RepeatedShare;
            }
        }

        return weights;
    }

    /// <summary>The best <paramref name="count"/> passages, where the <paramref name="vectorOnly"/> nearest chunks that
    /// only the vector leg found take the last places if coverage ranked them lower: a passage in other words than the
    /// question's scores little coverage, and would otherwise never reach the answer.</summary>
    public static List<ScoredPassage> KeepVectorOnly(IReadOnlyList<ScoredPassage> ranked, int count, int vectorOnly)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        var kept = ranked.Take(count).ToList();
        var missing = ranked
            .Where(p => !p.Hit.FromKeywords && p.Hit.VectorRank is not null)
            .OrderBy(p => p.Hit.VectorRank)
            .Take(Math.Min(vectorOnly, count))
            .Where(p => !kept.Contains(p))
            .ToList();
        for (var i = kept.Count - 1; i >= 0 && missing.Count > 0; i--)
        {
            if (kept[i].Hit.FromKeywords)
            {
                kept[i] = missing[^1];
                missing.RemoveAt(missing.Count - 1);
            }
        }

        kept.AddRange(missing.Take(count - kept.Count));
        return [.. kept.OrderByDescending(p => p.Score)];
    }

    /// <summary>Keyword score and vector similarity (each relative to the best candidate's) enter as two features,
    /// a convex-combination-style fusion that keeps BM25's spread between its own candidates, next to coverage and
    /// the committee, date and part fits.</summary>
    /// <param name="titlesNamingTheDate">Whether each paper's title names the question's date, read once per paper.</param>
    private static ScoredPassage Rank(SearchHit hit, double best, double bestSimilarity, double vectorWeight, QueryAnalysis analysis, IReadOnlyDictionary<string, double> weights, ConcurrentDictionary<string, bool> titlesNamingTheDate)
    {
        var chunk = hit.Chunk;
        var stems = CoverageCalculator.IndexedStems($"{chunk.PartTitle} {chunk.ItemTitle} {chunk.Text}");
        var coverage = CoverageCalculator.Coverage(weights, stems, null, analysis.SpelledOut);
        if (string.IsNullOrEmpty(chunk.ItemTitle) && chunk.Heading is { Length: > 0 } title)
        {
            // A paper with no agenda items is about what its title says ("Amendment - Liberal Democrats - LEVI capital
            // funding"), though its passages may not repeat it; a title counts for less than the passage's own words.
            var titled = CoverageCalculator.IndexedStems($"{chunk.PartTitle} {title} {chunk.Text}");
            coverage = Math.Max(coverage, PaperTitleShare * CoverageCalculator.Coverage(weights, titled, null, analysis.SpelledOut));
        }

        var score = (KeywordWeight * hit.Score / best) + (vectorWeight * Math.Max(0, hit.VectorSimilarity ?? 0) / bestSimilarity) + coverage;
        if (analysis.Committee is not null && CommitteeRecognizer.IsSame(chunk.Committee, analysis.Committee))
        {
            score += 0.15;
        }

        if (analysis.Dates.Count > 0 && analysis.DateFits(chunk.MeetingDate))
        {
            score += 0.2;
            // "Going by the Jan 2024 improvement report, …": the papers of the meeting the question points at come
            // before later papers that recall that month.
            if (analysis.Dates.Any(d => d.Matches(chunk.MeetingDate!.Value) && DatedMeeting.IsNamed(analysis.Text, d)))
            {
                score += 0.3;
            }
        }

        if (analysis.MentionsQuestionDate(chunk.Text) || TitleNamesTheDate(chunk, analysis, titlesNamingTheDate))
        {
            score += 0.2;
        }

        if (analysis.Part is { } part && chunk.PartKind == part)
        {
            score += 0.15;
        }

        // What became of a motion or amendment is recorded in the minutes, not in the papers that propose it.
        if (analysis.Part is null && analysis.Has(QuestionIntent.Outcome) && chunk.PartKind == Documents.PartKind.Minutes)
        {
            score += 0.15;
        }

        return new ScoredPassage(hit, score, coverage);
    }

    /// <summary>"The November 2024-25 budget monitoring": a paper titled with the period the question names is about
    /// it, though its passages may not repeat the period.</summary>
    private static bool TitleNamesTheDate(Documents.Chunk chunk, QueryAnalysis analysis, ConcurrentDictionary<string, bool> titlesNamingTheDate)
    {
        if (analysis.Dates.Count == 0 || chunk.PaperName is not { } paper)
        {
            return false;
        }

        return titlesNamingTheDate.GetOrAdd(paper, analysis.MentionsQuestionDate);
    }

    private async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        using var stage = AnswerStages.Start(query.Committee is null && query.Part is null && query.From is null && query.To is null ? "retrieve.bm25" : "retrieve.bm25.filtered");
        return await index.SearchAsync(query, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Adds the hits, a chunk found twice keeping its better score (so the order the searches end in does not matter).</summary>
    private static void Add(Dictionary<long, SearchHit> candidates, IReadOnlyList<SearchHit> hits)
    {
        foreach (var hit in hits)
        {
            if (!candidates.TryGetValue(hit.ChunkId, out var existing) || existing.Score < hit.Score)
            {
                candidates[hit.ChunkId] = hit;
            }
        }
    }
}
