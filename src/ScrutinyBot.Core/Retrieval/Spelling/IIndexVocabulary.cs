namespace ScrutinyBot.Core.Retrieval.Spelling;

/// <summary>The words an index holds, so a question word the papers never use can be read as the indexed word one
/// typing slip away ("vist" as "visit").</summary>
public interface IIndexVocabulary
{
    /// <summary>The indexed term one edit from <paramref name="term"/> that most chunks hold, or null when none is.</summary>
    Task<string?> NearestTermAsync(string term, CancellationToken cancellationToken);

    /// <summary>The county an indexed word names that <paramref name="shortForm"/> ("notts", "herts", "warks") is the
    /// usual short form of ("nottinghamshire"), when more chunks name it than the <paramref name="shortFormChunks"/>
    /// that use the short form; otherwise null.</summary>
    Task<string?> CountyAsync(string shortForm, int shortFormChunks, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    /// <summary>The indexed word a contraction ("nottm") stands for ("nottingham"), when more chunks hold it than the
    /// <paramref name="shortFormChunks"/> that use the contraction; otherwise null.</summary>
    Task<string?> ContractionAsync(string shortForm, int shortFormChunks, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
