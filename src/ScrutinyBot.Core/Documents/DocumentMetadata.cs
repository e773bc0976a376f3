namespace ScrutinyBot.Core.Documents;

/// <summary>What a document is about as a whole: the council, committee and meeting of its front sheet.</summary>
public sealed record DocumentMetadata(string? Council, string? Committee, DateOnly? MeetingDate, string? Title);
