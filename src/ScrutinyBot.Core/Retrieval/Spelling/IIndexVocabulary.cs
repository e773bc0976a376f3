namespace ScrutinyBot.Core.Retrieval.Spelling;

/// <summary>The words an index holds, so a question word the papers never use can be read as the indexed word one
/// typing slip away ("vist" as "visit").</summary>
public interface IIndexVocabulary
{
    /// <summary>The indexed term one edit from <paramref name="term"/> that most chunks hold, or null when none is.</summary>
    Task<string?> NearestTermAsync(string term, CancellationToken cancellationToken);
}
