namespace ScrutinyBot.Core.Sources.ModernGov;

/// <summary>A paper linked from a meeting or one of its agenda items (GetMeeting).</summary>
public sealed record ModernGovDocument(string Id, string Title, string Url);
