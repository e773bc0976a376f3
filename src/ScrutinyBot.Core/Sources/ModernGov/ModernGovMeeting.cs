namespace ScrutinyBot.Core.Sources.ModernGov;

/// <summary>A meeting as GetMeetings lists it.</summary>
public sealed record ModernGovMeeting(string Id, string Date);
