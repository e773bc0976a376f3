namespace ScrutinyBot.Host.Answering;

/// <param name="Url">The paper on the council's site (#page=N for a PDF) when a source fetched it; omitted otherwise.</param>
public sealed record CitationJson(int Number, string Source, string Part, int Page, string? MeetingDate, string? Committee, string Quote, string? Url = null);
