namespace ScrutinyBot.Core.Retrieval.QueryUnderstanding;

/// <summary>Analyses questions against the committees the store knows (re-learnt whenever the list changes).</summary>
public sealed class QuestionAnalyzerService(ICommitteeDirectory committees)
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

        return QueryAnalyzer.Analyze(question, matcher);
    }
}
