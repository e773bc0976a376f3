namespace ScrutinyBot.Core.Answering;

/// <param name="Number">The [n] the answer text uses.</param>
/// <param name="SourceUrl">The paper's address on the council's site when a source (ModernGov) fetched it, with
/// <c>#page=N</c> for a PDF; null for a paper ingested from a file.</param>
public sealed record Citation(
    int Number,
    string Source,
    string Part,
    int Page,
    DateOnly? MeetingDate,
    string? Committee,
    string Quote,
    string? SourceUrl = null);
