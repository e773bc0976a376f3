namespace ScrutinyBot.Host.Answering;

/// <param name="Url">Where the paper can be opened: its address on the council's site when a source fetched it, else a
/// configured folder link (Citations:Folders), #page=N for a PDF; omitted otherwise.</param>
public sealed record CitationJson(int Number, string Source, string Part, int Page, string? MeetingDate, string? Committee, string Quote, string? Title = null, string? Url = null);
