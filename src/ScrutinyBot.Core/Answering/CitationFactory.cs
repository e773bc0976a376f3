using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Answering;

/// <summary>Makes citations from passages and from the evidence of facts.</summary>
public static class CitationFactory
{
    private const int MaxQuote = 300;

    public static Citation FromChunk(int number, Chunk chunk, string quote) =>
        WithPaper(new Citation(number, chunk.Source, PartName(chunk), chunk.Page, chunk.MeetingDate, chunk.Committee, Trim(quote))
        {
            QuoteCut = Flat(quote).Length > MaxQuote,
        }, chunk.Paper);

    public static Citation FromEvidence(int number, Evidence evidence, DateOnly? meetingDate, string? committee) =>
        WithPaper(new Citation(number, evidence.Source, evidence.Part, evidence.Page, meetingDate, committee, Trim(evidence.Quote))
        {
            QuoteCut = Flat(evidence.Quote).Length > MaxQuote,
        }, evidence.Paper);

    /// <summary>The section a passage is in: the part's shown title and the agenda item, when they differ.</summary>
    public static string PartName(Chunk chunk)
    {
        var part = string.IsNullOrWhiteSpace(chunk.PartLabel) ? chunk.PartTitle : chunk.PartLabel;
        return string.IsNullOrWhiteSpace(chunk.ItemTitle)
            || string.Equals(chunk.ItemTitle, chunk.PartTitle, StringComparison.OrdinalIgnoreCase)
            || string.Equals(chunk.ItemTitle, part, StringComparison.OrdinalIgnoreCase)
            ? part
            : $"{part} — {chunk.ItemTitle}";
    }

    private static Citation WithPaper(Citation citation, CitedPaper? paper) =>
        paper is null ? citation : citation with { Title = paper.Title, Paged = paper.Paged, SourcePath = paper.SourcePath };

    private static string Flat(string quote) => string.Join(' ', quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Trim(string quote)
    {
        var flat = Flat(quote);
        return flat.Length <= MaxQuote ? flat : flat[..MaxQuote].TrimEnd() + "…";
    }
}
