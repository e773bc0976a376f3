namespace ScrutinyBot.Core.Sources;

/// <summary>One paper a source has fetched: where it came from, the validators for a conditional GET, and where it lies on disk.</summary>
public sealed record SourceDocumentState(
    string Site, string MeetingId, string Url, string? ETag, string? LastModified, long Length, string ContentHash, string LocalPath);
