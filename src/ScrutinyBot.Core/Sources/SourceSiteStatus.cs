namespace ScrutinyBot.Core.Sources;

/// <summary>A source's progress as <c>sources status</c> prints it.</summary>
public sealed record SourceSiteStatus(
    string Site, DateTimeOffset? LastSync, DateTimeOffset? RunStarted, int Meetings, int Documents, string? LastError, string? LastReport);
