using System.Text.RegularExpressions;
using ScrutinyBot.Core.Retrieval.QueryUnderstanding;

namespace ScrutinyBot.Core.Retrieval;

/// <summary>
/// "Who wrote the ICS delivery plan report?", "who's the contact officer for the MASH paper?": a report names its
/// author in a contact block ("Report Author: …", "For any enquiries about this report please contact: …") that
/// shares no words with its subject, so the words find the report and the report's own contact block is fetched
/// beside it. Searched by the meeting's committee and day, which every engine filters by, and kept only from the
/// same paper.
/// </summary>
public sealed partial class PaperContacts(ISearchIndex index)
{
    /// <summary>The papers whose contact blocks are looked up: the best-ranked few.</summary>
    private const int Papers = 3;

    private const int CandidatesPerPaper = 40;

    private static readonly string[] ContactWords = ["author", "contact", "enquiries"];

    /// <summary>The words a contact question asks with besides its topic: the search's contact words and "officer"
    /// ("the contact officer").</summary>
    private static readonly HashSet<string> AskedStems = new(ContactWords.Append("officer").Select(TextTerms.Stem), StringComparer.Ordinal);

    /// <summary>True when a stem of the question only says whom to contact ("contact", "author", "officer").</summary>
    public static bool IsContactWord(string stem) => AskedStems.Contains(stem);

    /// <summary>True when the question asks who wrote a paper or whom to contact about it.</summary>
    public static bool AreAsked(string question) => AuthorQuestion().IsMatch(question);

    /// <summary>True when the text is a paper's contact block or its author line, or a front sheet's contact label
    /// ("Ask for:", ModernGov's; "Enquiries to:", "Contact:").</summary>
    public static bool IsContactBlock(string text) => ContactBlock().IsMatch(text);

    /// <summary>True when the text is a front sheet's contact label ("Ask for:", "Enquiries to:"): the meeting's contact,
    /// not one report's.</summary>
    public static bool IsMeetingContact(string text) => MeetingContact().IsMatch(text);

    /// <summary>The contact blocks of the papers the passages come from, each ranked as its paper's best passage,
    /// placed straight after it.</summary>
    public async Task<IReadOnlyList<ScoredPassage>> WithContactsAsync(IReadOnlyList<ScoredPassage> passages, CancellationToken cancellationToken)
    {
        var result = passages.ToList();
        var held = passages.Select(p => p.Hit.ChunkId).ToHashSet();
        foreach (var paper in passages.DistinctBy(p => p.Hit.Chunk.Source, StringComparer.Ordinal).Take(Papers))
        {
            var chunk = paper.Hit.Chunk;
            var query = new SearchQuery(ContactWords, [], chunk.MeetingDate, chunk.MeetingDate, chunk.Committee, Limit: CandidatesPerPaper);
            var blocks = (await index.SearchAsync(query, cancellationToken).ConfigureAwait(false))
                .Where(h => string.Equals(h.Chunk.Source, chunk.Source, StringComparison.Ordinal) && IsContactBlock(h.Chunk.Text) && held.Add(h.ChunkId))
                .Select(h => new ScoredPassage(h, paper.Score, paper.Coverage));
            result.InsertRange(result.IndexOf(paper) + 1, blocks);
        }

        return result;
    }

    [GeneratedRegex(@"\bwho\s+(wrote|writes|authored|prepared|drafted)\b|\b(report\s+)?(author|writer)\b|\bcontact\s+officer\b|\bwho\s+(do|should|can|could)\s+(i|we)\s+(contact|ask|email|ring|speak\s+to)\b|\bwho\s+to\s+(contact|ask)\b|\bwho('s|\s+is|\s+was)\s+(the\s+)?([\w-]+\s+){0,3}contact\b|\bwritten\s+by\b", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorQuestion();

    [GeneratedRegex(@"\b(report\s+)?author\b|\bcontact\s+(officer|details|information)\b|\benquiries\s+about\s+this\s+report\b|\breport\s+contact\b|\b(ask\s+for|enquiries\s+to|contact)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ContactBlock();

    [GeneratedRegex(@"\b(ask\s+for|enquiries\s+to)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingContact();
}
