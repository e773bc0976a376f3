namespace ScrutinyBot.Teams.App.Commands;

/// <summary>A command as typed, with where it was typed.</summary>
/// <param name="Arguments">The text after the command's words, trimmed.</param>
/// <param name="ReferenceJson">The conversation reference as JSON (what digests need to post here later).</param>
public sealed record CommandRequest(string Arguments, string ConversationId, string ReferenceJson, string? UserId = null);
