using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ScrutinyBot.Core.Extraction;
using ScrutinyBot.Core.Retrieval;
using ScrutinyBot.Core.Retrieval.Facts;
using ScrutinyBot.Teams.App.Cards;
using static ScrutinyBot.Teams.App.Cards.AdaptiveCardElements;

namespace ScrutinyBot.Teams.App.Search;

/// <summary>The compose-box search: passages from the papers and matching resolutions; with no query (the
/// initial run) the latest resolutions and the next meeting. When <c>cancellationToken</c> (the deadline) fires,
/// it returns what has arrived.</summary>
public sealed partial class ComposeSearch(ISearchIndex index, IFactQueries facts, CouncilClock clock)
{
    private const int ExcerptChars = 300;

    public async Task<IReadOnlyList<ComposeSearchResult>> SearchAsync(string? query, int count, CancellationToken cancellationToken)
    {
        var terms = Terms(query);
        if (terms.Count == 0)
        {
            return await InitialAsync(count, cancellationToken).ConfigureAwait(false);
        }

        var passages = PassagesAsync(terms, count, cancellationToken);
        var resolutions = MatchingResolutionsAsync(terms, count, cancellationToken);
        var results = new List<ComposeSearchResult>();
        results.AddRange(await CompletedOrEmptyAsync(resolutions, cancellationToken).ConfigureAwait(false));
        results.AddRange(await CompletedOrEmptyAsync(passages, cancellationToken).ConfigureAwait(false));
        return [.. results.Take(count)];
    }

    private async Task<IReadOnlyList<ComposeSearchResult>> InitialAsync(int count, CancellationToken cancellationToken)
    {
        var results = new List<ComposeSearchResult>();
        var next = await facts.NextMeetingAsync(clock.Today(), null, cancellationToken).ConfigureAwait(false);
        if (next is not null)
        {
            results.Add(FromFact("Next meeting: " + (next.Committee ?? UkDate.Format(next.Date)), FactItems.FromMeeting(next)));
        }

        var recent = await facts.ResolutionsAsync(null, null, cancellationToken).ConfigureAwait(false);
        results.AddRange(recent.Take(Math.Max(0, count - results.Count)).Select(FromResolution));
        return results;
    }

    private async Task<IReadOnlyList<ComposeSearchResult>> PassagesAsync(IReadOnlyList<string> terms, int count, CancellationToken cancellationToken)
    {
        var hits = await index.SearchAsync(new SearchQuery(terms, [], Limit: count), cancellationToken).ConfigureAwait(false);
        return [.. hits.Select(h => FromPassage(h.Chunk.Source, h.Chunk.ItemTitle ?? h.Chunk.PartTitle, h.Chunk.Page, h.Chunk.MeetingDate, h.Chunk.Text))];
    }

    private async Task<IReadOnlyList<ComposeSearchResult>> MatchingResolutionsAsync(IReadOnlyList<string> terms, int count, CancellationToken cancellationToken)
    {
        var all = await facts.ResolutionsAsync(null, null, cancellationToken).ConfigureAwait(false);
        return
        [
            .. all
                .Select(r => (Resolution: r, Score: terms.Count(t => Mentions(r, t))))
                .Where(x => x.Score > 0)
                .OrderByDescending(x => x.Score)
                .ThenByDescending(x => x.Resolution.MeetingDate)
                .Take(Math.Max(1, count / 2))
                .Select(x => FromResolution(x.Resolution)),
        ];
    }

    /// <summary>A search still running when the deadline passes gives no results rather than a late answer.</summary>
    private static async Task<IReadOnlyList<ComposeSearchResult>> CompletedOrEmptyAsync(Task<IReadOnlyList<ComposeSearchResult>> search, CancellationToken deadline)
    {
        try
        {
            return await search.WaitAsync(deadline).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return [];
        }
    }

    private static bool Mentions(Resolution resolution, string term) =>
        resolution.Text.Contains(term, StringComparison.OrdinalIgnoreCase)
        || (resolution.Item?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false)
        || (resolution.Committee?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false);

    private static ComposeSearchResult FromResolution(Resolution resolution) =>
        FromFact($"Resolution: {resolution.Item ?? resolution.Committee ?? "resolution"}", FactItems.FromResolution(resolution));

    private static ComposeSearchResult FromFact(string title, FactItem item)
    {
        var card = FactListCardBuilder.Build(title, null, [new FactSection(null, [item], string.Empty)], refreshCommand: null);
        var text = string.Join(" · ", new[] { item.Heading }.Concat(item.Lines.Take(1)));
        return new ComposeSearchResult(TextClip.OneLine(title, 80), TextClip.OneLine(text, 160), card);
    }

    private static ComposeSearchResult FromPassage(string source, string part, int page, DateOnly? meetingDate, string text)
    {
        var where = FactItems.Join(" · ", source, meetingDate is { } d ? $"meeting {UkDate.Format(d)}" : null, $"page {page}")!;
        var card = Card(
        [
            Text(TextClip.OneLine(part, 120), TextStyle.Heading),
            Text(where, TextStyle.Subtle),
            Text($"“{TextClip.Clip(text, ExcerptChars * 3)}”"),
        ]);
        return new ComposeSearchResult(TextClip.OneLine(part, 80), TextClip.OneLine($"{where}: {text}", 160), card);
    }

    /// <summary>The words worth searching for: letters and digits, two characters or more, at most eight.</summary>
    public static IReadOnlyList<string> Terms(string? query) =>
        [.. Word().Matches(query ?? string.Empty).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length >= 2).Distinct().Take(8)];

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'/-]*")]
    private static partial Regex Word();
}
