using ScrutinyBot.Core.Documents;
using ScrutinyBot.Core.Extraction;

namespace ScrutinyBot.Core.Answering;

/// <summary>Makes citations from passages and from the evidence of facts.</summary>
public static class CitationFactory
{
    private const int MaxQuote = 300;

    public static Citation FromChunk(int number, Chunk chunk, string quote) =>
        new(number, chunk.Source, PartName(chunk), chunk.Page, chunk.MeetingDate, chunk.Committee, Trim(quote));

    public static Citation FromEvidence(int number, Evidence evidence, DateOnly? meetingDate, string? committee) =>
        new(number, evidence.Source, evidence.Part, evidence.Page, meetingDate, committee, Trim(evidence.Quote));

    public static string PartName(Chunk chunk) =>
        string.IsNullOrWhiteSpace(chunk.ItemTitle) || string.Equals(chunk.ItemTitle, chunk.PartTitle, StringComparison.OrdinalIgnoreCase)
            ? chunk.PartTitle
            : $"{chunk.PartTitle} — {chunk.ItemTitle}";

    private static string Trim(string quote)
    {
        var flat = string.Join(' ', quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= MaxQuote ? flat : flat[..MaxQuote].TrimEnd() + "…";
    }
}
