using ScrutinyBot.Core.Retrieval.Spelling;

namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Analyses questions against the committees the store knows (re-learnt whenever the list changes) and, given
/// the index, against its words: slips corrected (<see cref="QuestionSpelling"/>) and words the papers never use marked
/// as phrasing (<see cref="PhrasingWords"/>), before either the facts or the passages are asked.</summary>
public sealed class QuestionAnalyzerService(ICommitteeDirectory committees, ISearchIndex? index = null, IIndexVocabulary? vocabulary = null)
{
    private CommitteeRecognizer _matcher = new([]);
    private IReadOnlyList<string> _names = [];

    public async Task<QueryAnalysis> AnalyzeAsync(string question, CancellationToken cancellationToken)
    {
        var names = await committees.CommitteesAsync(cancellationToken).ConfigureAwait(false);
        var matcher = _matcher;
        if (!names.SequenceEqual(_names, StringComparer.Ordinal))
        {
            matcher = new CommitteeRecognizer(names);
            (_matcher, _names) = (matcher, names);
        }

        var analysis = QueryAnalyzer.Analyze(question, matcher);
        return index is null || analysis.SearchTerms.Count == 0 ? analysis : await ReadAgainstStoreAsync(analysis, index, cancellationToken).ConfigureAwait(false);
    }

    private async Task<QueryAnalysis> ReadAgainstStoreAsync(QueryAnalysis analysis, ISearchIndex store, CancellationToken cancellationToken)
    {
        var stats = await store.TermStatisticsAsync(analysis.SearchTerms, cancellationToken).ConfigureAwait(false);
        if (vocabulary is not null)
        {
            var corrected = await QuestionSpelling.CorrectAsync(analysis, stats, vocabulary, cancellationToken).ConfigureAwait(false);
            if (!ReferenceEquals(corrected, analysis))
            {
                analysis = corrected;
                stats = await store.TermStatisticsAsync(analysis.SearchTerms, cancellationToken).ConfigureAwait(false);
            }
        }

        return analysis with { PhrasingStems = PhrasingWords.Of(analysis, stats), ReadAgainstStore = true };
    }
}
