namespace ScrutinyBot.Host.Answering;

public sealed record CitationJson(int Number, string Source, string Part, int Page, string? MeetingDate, string? Committee, string Quote, string? Title = null, string? Link = null);
