using ScrutinyBot.Core.Extraction.Splitting;
using ScrutinyBot.Core.Extraction.Text;

namespace ScrutinyBot.Core.Extraction;

/// <summary>What an extractor reads: one part of a document and the meeting it belongs to.</summary>
/// <param name="MeetingDate">The meeting the part is about (minutes: the meeting minuted; otherwise the pack's meeting).</param>
/// <param name="Title">The part's title as citations show it ("Minutes, 13 November 2024").</param>
internal sealed record PartContext(string Source, PackPart Part, string? Council, string? Committee, DateOnly? MeetingDate, string Title)
{
    public IReadOnlyList<SourceLine> Lines => Part.Lines;

    public Evidence EvidenceAt(int lineIndex, string? quote = null)
    {
        var line = Lines[Math.Clamp(lineIndex, 0, Lines.Count - 1)];
        var text = (quote ?? line.Plain).Trim();
        return new Evidence(Source, Title, line.Page, text.Length <= 600 ? text : text[..600]);
    }
}
